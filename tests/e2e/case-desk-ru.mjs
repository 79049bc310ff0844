// The case page in Russian, as a customer comes back to a case made earlier: a date typed the Russian way
// means the same day whatever the system's locale (`make test` runs this under LANG=C), a draft's main
// action prints the claim, the hand-in shows in the list at once, an archived case comes back whole, and
// closing the window keeps what was typed a moment before.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APP,
  appGone,
  chooseLanguage,
  cli,
  emptyDataFolder,
  goToStep,
  letterFiles,
  messages,
  openCaseInWizard,
  textOf,
  theCase,
  typeInto,
} from './desk.mjs';
import { DRIVER, Session, check, fill, scenario } from './webdriver.mjs';

const data = emptyDataFolder();
const t = await messages('ru');

// The debt-notice story, told this autumn: its facts are within the six months a claim may be made in.
const fixture = readFileSync(
  new URL('../fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json', import.meta.url),
  'utf8',
);
const source = join(data, 'story.json');
writeFileSync(source, fixture.replaceAll('2016-03-14', '2026-11-06').replaceAll('2016-03-15', '2026-11-07'));
cli(data, 'new', '--from', source);

/** The row of the case in the list, once it shows `status`. */
async function rowShows(session, status) {
  await session.until(
    async () => (await session.findAll(`[data-case-id] [data-status="${status}"]`)).length === 1,
    `the list showing the case as ${status}`,
    15_000,
  );
}

await scenario('the case page in Russian under LANG=C: dates, printing, hand-in, archive and restore', async () => {
  check(process.env.LANG === 'C', `the run is under LANG=${process.env.LANG}, not C`);
  const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
  await chooseLanguage(session, 'ru');
  const stored = theCase(data);

  // A date typed as a Russian writes it is that day, spelled out beside the field, and stored as such.
  await openCaseInWizard(session);
  await goToStep(session, 'events');
  await typeInto(session, 'events.0.date', '05.11.2026');
  const words = await textOf(session, '[data-entry="events.0"] [data-words]');
  check(words === '5 ноября 2026 г.', `05.11.2026 reads “${words}”`);
  await session.until(() => stored.json().events[0].date === '2026-11-05', 'the date stored as 2026-11-05', 10_000);
  await session.shot('date-typed');
  // A day the calendar does not have is refused as such when the field is left, and never stored.
  await fill(session, 'events.0.date', '30.02.2026');
  const refused = await textOf(session, '[data-entry="events.0"] [data-written-problem]');
  check(refused === t('written.no_such_date'), `30.02.2026 is answered with “${refused}”`);
  await session.shot('date-refused');
  await typeInto(session, 'events.0.date', '05.11.2026');
  await session.until(() => stored.json().events[0].date === '2026-11-05', 'the date stored again', 10_000);
  await (await session.find('[data-action="leave"]')).click();

  // The draft's page leads with printing the claim; the letter is made and listed on the page.
  await (await session.find('[data-case-id] button', 15_000)).click();
  const print = await session.find('[data-next-step="print"] [data-action="print-claim"]');
  check(
    await session.execute(`return arguments[0].classList.contains('primary');`, [print.reference()]),
    'printing the claim is not the main action',
  );
  check(
    (await session.findAll('[data-no-claim-letter]')).length === 1,
    'the hand-in form does not say the claim is not printed yet',
  );
  await session.shot('draft-page');
  await print.click();
  const printed = await session.until(() => letterFiles(stored.dir)[0], 'the claim PDF', 30_000);
  await session.find(`[data-letter-file="${printed}"]`, 15_000);
  await session.find('[data-next-step="hand_in"] [data-action="go-hand-in"]');
  await session.shot('printed-page');

  // Marked as handed in today: back in the list the case is sent, without a restart.
  await (await session.find('[data-action="go-hand-in"]')).click();
  await (await session.find('[data-action="mark-sent"]')).click();
  await session.until(() => stored.json().sent !== null, 'the hand-in recorded', 10_000);
  await (await session.find('.back')).click();
  await rowShows(session, 'sent');
  await session.shot('list-sent');

  // Archived from its page, the case leaves the list; restored, it is back as it was.
  const before = readFileSync(join(stored.dir, 'case.json'), 'utf8');
  await (await session.find('[data-case-id] button')).click();
  await (await session.find('[data-action="archive-case"]')).click();
  await session.find('[data-notice]');
  await session.until(
    async () => (await session.findAll('[data-case-id]')).length === 0,
    'the archived case gone from the list',
  );
  const shelfNote = await (await session.find('.no-matches p')).text();
  check(shelfNote === t('cases.activeEmpty'), `the empty shelf says “${shelfNote}”`);
  await (await session.find('[data-shelf="archived"]')).click();
  await session.find(`[data-archived-id="${stored.id}"]`);
  await session.shot('archived');
  await (await session.find('[data-action="restore-case"]')).click();
  await rowShows(session, 'sent');
  const restored = theCase(data);
  check(restored.id === stored.id, `the case came back as ${restored.id}`);
  check(readFileSync(join(restored.dir, 'case.json'), 'utf8') === before, 'the restored case changed');
  check(letterFiles(restored.dir).includes(printed), 'the restored case lost its letter');
  await session.shot('restored');

  // What was typed a moment before the window is closed is saved before it closes.
  await openCaseInWizard(session);
  await goToStep(session, 'company');
  const office = 'Салон-магазин МТС, г. Краснодар, ул. Красная, д. 149, 2-й этаж';
  await typeInto(session, 'company.office', office);
  execFileSync('/usr/bin/python3', [fileURLToPath(new URL('close-window.py', import.meta.url)), 'Complaint Desk'], {
    timeout: 10_000,
  });
  await appGone(data);
  check(restored.json().company.office === office, 'the last words typed were lost when the window closed');
});
