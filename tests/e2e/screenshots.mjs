// Pictures of the real app for docs/: the case list (en, ru, bg, uk), the case page with its deadlines and one
// calculation opened, a draft's page with what to do next, wizard steps, and the review with the letter's
// pages (ru, bg, uk). The data folder (E2E_DATA) holds the example cases, imported by the caller with the
// Russian, Bulgarian and Ukrainian claims recorded as handed in.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { DRIVER, Session, sleep } from './webdriver.mjs';

const out = process.env.E2E_SHOTS;
const args = ['--data-dir', process.env.E2E_DATA];

async function shot(session, name) {
  await sleep(600);
  const png = await session.request('GET', '/screenshot');
  writeFileSync(join(out, `${name}.png`), Buffer.from(png, 'base64'));
  console.log(`saved ${name}.png`);
}

async function choose(session, css, value) {
  const element = await session.find(css);
  await session.execute(
    `arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));`,
    [element.reference(), value],
  );
}

/** Scrolls the app's pane so `css` is at the top of the window, below the header. */
async function scrollTo(session, css) {
  const element = await session.find(css);
  await session.execute('arguments[0].scrollIntoView({ block: "start" });', [element.reference()]);
}

const pictures = [
  ['en', null, null],
  ['ru', 'debt-notice', 'outage'],
  ['bg', 'billing-dispute', 'broken-promise'],
  ['uk', 'lost-payment', 'unreachable-support'],
];
for (const [lang, example, draft] of pictures) {
  const session = await Session.start(DRIVER, process.env.E2E_APP, args);
  try {
    await choose(session, '.language select', lang);
    await session.find('[data-case-id]');
    await shot(session, `${lang}-cases`);
    if (!example) continue;
    await (await session.find(`[data-case-id*="${example}"] button`)).click();
    await session.find('[data-deadline]');
    await shot(session, `${lang}-case-deadlines`);
    await (await session.find('[data-working] summary')).click();
    await shot(session, `${lang}-case-working`);
    await (await session.find('[data-action="edit-case"]')).click();
    await session.find('[data-step="review"]');
    await session.until(
      async () => (await session.findAll('[data-letter-page] canvas')).length > 0,
      'the letter’s pages',
      30_000,
    );
    await shot(session, `${lang}-review`);
    await scrollTo(session, '[data-letter-preview]');
    await shot(session, `${lang}-review-pages`);
    for (const step of ['incident', 'events', 'contacts', 'evidence']) {
      await (await session.find(`[data-go-step="${step}"]`)).click();
      await session.find(`[data-step="${step}"]`);
      await session.execute('window.scrollTo(0, 0);');
      await shot(session, `${lang}-wizard-${step}`);
    }
    await (await session.find('[data-action="leave"]')).click();
    await (await session.find(`[data-case-id*="${draft}"] button`, 15_000)).click();
    await session.find('[data-next-step]');
    await shot(session, `${lang}-case-next`);
  } finally {
    await session.quit();
  }
}
