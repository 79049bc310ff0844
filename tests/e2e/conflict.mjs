// Two writers on one case through the real app: the wizard is open on a case while the command line
// marks the claim as handed in. The wizard's next save is refused as stale, the customer's edit is put
// back on top of the stored case, and both changes end up on disk. A second start of the app on the same
// data folder hands over to the open window and exits.
import { spawnSync } from 'node:child_process';
import { APP, cli, emptyDataFolder, theCase } from './desk.mjs';
import { DRIVER, Session, check, fill, scenario } from './webdriver.mjs';

const data = emptyDataFolder();
const example = 'tests/fixtures/cases/2008-07-15-mtel-13th-monthly-fee';

cli(data, 'new', '--from', example);
const { id, json: stored } = theCase(data);

const passed = 'a stale wizard save merged over the command line’s hand-in; a second start handed over';
await scenario(passed, async () => {
  const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
  await (await session.find('[data-case-id] button', 15_000)).click();
  await (await session.find('[data-action="edit-case"]')).click();
  await (await session.find('[data-go-step="company"]')).click();
  await session.find('[data-step="company"]');
  await fill(session, 'company.office', 'Магазин Mtel, бул. „Витоша“ 1');
  await session.until(() => stored().company.office.includes('Витоша'), 'the first autosave', 10_000);

  // The command line records the hand-in while the wizard still holds the older revision.
  cli(data, 'sent', id, '--date', '2008-06-20', '--registration', 'ВХ-77');
  const before = stored().revision;

  await fill(session, 'company.office', 'Магазин Mtel, бул. „Витоша“ 1, ет. 2');
  const merged = await session.until(
    () => {
      const now = stored();
      return now.company.office.endsWith('ет. 2') ? now : null;
    },
    'the merged save',
    15_000,
  );
  check(merged.sent?.registration_number === 'ВХ-77', 'the hand-in recorded from the command line was lost');
  check(merged.status === 'sent', `the status went back to “${merged.status}”`);
  check(merged.revision === before + 1, `expected revision ${before + 1}, found ${merged.revision}`);

  const second = spawnSync(APP, ['--data-dir', data], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  check(second.status === 0, `a second start did not hand over (exit ${second.status}, ${second.signal ?? ''})`);
  check(second.stderr.includes('already open'), `a second start said: ${second.stderr}`);
  await session.find('[data-step="company"]');
});
