// The lost top-up (seed 003): 100 UAH paid at a terminal never reached the account, and the operator said
// it would have been found sooner had the subscriber kept the receipt. He did: a photo of it is attached to
// the case through the window, in Russian. The app opens the system's own file dialog from its Rust side, out
// of WebDriver's reach, so the dialog is driven as a person would, with keys sent through the X server
// (xdotool): Ctrl+L, the file's path, Return. The copy lands in the case's evidence/ folder named by its
// SHA-256, the window shows the start of that hash, and the printed claim lists the file with it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP,
  checkHas,
  chooseLanguage,
  cli,
  emptyDataFolder,
  goToStep,
  letterFiles,
  messages,
  openCaseInWizard,
  pdfText,
  theCase,
} from './desk.mjs';
import { DRIVER, Session, check, scenario, sleep } from './webdriver.mjs';

const data = emptyDataFolder();
cli(data, 'new', '--from', 'tests/fixtures/cases/2011-10-14-mts-ukraine-topup-not-credited');
const stored = theCase(data);
const t = await messages('ru');

// The receipt, as a picture.
const receipt = join(mkdtempSync(join(tmpdir(), 'complaint-e2e-receipt-')), 'receipt-000847.png');
execFileSync(
  'convert',
  ['-size', '420x300', 'xc:white', '-fill', 'black', '-pointsize', '22']
    .concat(['-annotate', '+24+50', 'TERMINAL 031072  14.10.2011 18:42'])
    .concat(['-annotate', '+24+100', 'PHONE +380 50 417 26 93'])
    .concat(['-annotate', '+24+150', 'SUM 100.00 UAH', '-annotate', '+24+200', 'CHECK 000847  TXN 5518300921'])
    .concat([receipt]),
  { timeout: 30_000 },
);
const sha256 = createHash('sha256').update(readFileSync(receipt)).digest('hex');

/** Runs xdotool with `args`; its output. */
function xdotool(...args) {
  return execFileSync('xdotool', args, { encoding: 'utf8', timeout: 10_000 }).trim();
}

/** The id of the window titled exactly `title`, waiting up to `timeout` ms for it to be shown. */
async function windowTitled(title, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const found = xdotool('search', '--onlyvisible', '--name', `^${title}$`);
      if (found !== '') return found.split('\n')[0];
    } catch {
      // xdotool exits 1 while nothing matches
    }
    if (Date.now() > deadline) throw new Error(`no window “${title}” in ${timeout / 1000} s`);
    await sleep(200);
  }
}

/** Whether a window titled exactly `title` is shown. */
function shown(title) {
  try {
    return xdotool('search', '--onlyvisible', '--name', `^${title}$`) !== '';
  } catch {
    return false;
  }
}

/** Picks `path` in the open dialog titled `title` by typing it into its location field. */
async function pickFile(session, title, path) {
  const dialog = await windowTitled(title);
  // There is no window manager under the virtual display: the dialog gets the keyboard directly.
  xdotool('windowfocus', '--sync', dialog);
  await sleep(300);
  xdotool('key', '--clearmodifiers', 'ctrl+l');
  await sleep(400);
  xdotool('type', '--delay', '15', path);
  await sleep(300);
  xdotool('key', 'Return');
  try {
    await session.until(() => !shown(title), 'the file dialog to close', 10_000);
  } catch (error) {
    // Leave no dialog open behind a failure: the app would wait on it.
    xdotool('key', 'Escape');
    throw error;
  }
}

await scenario(`receipt attached through the system's file dialog as ${sha256.slice(0, 12)}…`, async () => {
  const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
  await chooseLanguage(session, 'ru');
  await openCaseInWizard(session);
  await session.find('[data-step]', 15_000);
  await goToStep(session, 'evidence');

  const item = '[data-evidence-item="0"]';
  check((await session.findAll(`${item} [data-file]`)).length === 0, 'the receipt item has a file already');
  await (await session.find(`${item} [data-action="attach"]`)).click();
  await pickFile(session, t('evidence.pickTitle'), receipt);

  const file = await session.find(`${item} [data-file="receipt-000847.png"]`, 20_000);
  const hash = await session.find(`${item} [data-file="receipt-000847.png"] .hash`);
  const shownHash = (await hash.text()).trim();
  check(shownHash === t('evidence.fingerprint', { hash: sha256.slice(0, 12) }), `the window shows “${shownHash}”`);
  const title = await session.execute('return arguments[0].title;', [hash.reference()]);
  check(title === sha256, `the full hash offered is ${title}`);
  check(file !== null, 'the file is not listed');
  await session.shot('attached');

  const copy = join(stored.dir, 'evidence', `${sha256}.png`);
  check(existsSync(copy), `no ${sha256}.png in the case's evidence folder`);
  const copied = createHash('sha256').update(readFileSync(copy)).digest('hex');
  check(copied === sha256, 'the copy differs from the receipt');
  const evidence = stored.json().evidence[0];
  check(evidence.status === 'have', `the receipt item is ${evidence.status}`);
  check(
    evidence.files.length === 1 &&
      evidence.files[0].sha256 === sha256 &&
      evidence.files[0].name === 'receipt-000847.png',
    `the case records ${JSON.stringify(evidence.files)}`,
  );

  // The claim's checklist names the file by its hash.
  await goToStep(session, 'review');
  await session.find('[data-review="ok"]', 15_000);
  await (await session.find('[data-action="generate"]:not([disabled])')).click();
  const printed = await session.until(() => letterFiles(stored.dir)[0], 'the PDF', 30_000);
  const text = pdfText(join(stored.dir, 'letters', printed));
  checkHas(text, [`receipt-000847.png · SHA-256 ${sha256.slice(0, 12)}…`, 'терминал № 031072'], 'the letter');
});
