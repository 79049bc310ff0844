// What the scenarios do with Complaint Desk itself: data folders, the command line next to the app, the
// wizard's steps, the interface language, and the letters on disk read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, fill } from './webdriver.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const APP = process.env.E2E_APP;
/** The `complaint` command line, built next to the app. */
export const CLI = join(dirname(APP ?? '.'), 'complaint');

/** A new, empty data folder. */
export function emptyDataFolder() {
  return mkdtempSync(join(tmpdir(), 'complaint-e2e-'));
}

/** Runs the command line on `data`; its output, or a failure naming what it said. */
export function cli(data, ...args) {
  return execFileSync(CLI, ['--data-dir', data, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
}

/**
 * Closes the app and waits until its process let go of the data folder: the next start on the folder
 * would otherwise find it still running and hand over to it.
 */
export async function closeApp(session, data) {
  await session.quit();
  await appGone(data);
}

/** Waits until the app's process let go of the data folder `data`, i.e. it has ended. */
export async function appGone(data) {
  const lock = join(data, '.app.lock');
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      execFileSync('flock', ['--nonblock', lock, 'true'], { timeout: 5_000 });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`the app closed but still holds ${lock} after 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The one case in `data`: its id, its folder and its stored `case.json` read afresh on each call. */
export function theCase(data) {
  const root = join(data, 'cases');
  const ids = existsSync(root) ? readdirSync(root) : [];
  check(ids.length === 1, `expected one case folder, found ${ids.length}`);
  const dir = join(root, ids[0]);
  return {
    id: ids[0],
    dir,
    json: () => JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')),
  };
}

/** The letters in a case folder, by file name. */
export function letterFiles(caseDir) {
  const folder = join(caseDir, 'letters');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith('.pdf'))
        .sort()
    : [];
}

/** A PDF's text, every run of white space made one space. */
export function pdfText(path) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    timeout: 30_000,
  }).replace(/\s+/g, ' ');
}

/** Fails unless `text` holds every one of `wanted`, naming the first missing one. */
export function checkHas(text, wanted, what) {
  for (const piece of wanted) check(text.includes(piece), `${what} lacks “${piece}”`);
}

/** Switches the interface language, and waits until the page says it is in it. */
export async function chooseLanguage(session, lang) {
  const picker = await session.find('.language select');
  await session.execute(
    `arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));`,
    [picker.reference(), lang],
  );
  await session.until(
    async () => (await session.execute('return document.documentElement.lang;')) === lang,
    `the interface in ${lang}`,
  );
}

/** Waits for the wizard step `name`. */
export async function step(session, name) {
  await session.find(`[data-step="${name}"]`);
}

/** Presses Next and waits for the step `following`. */
export async function next(session, following) {
  await (await session.find('[data-action="next"]')).click();
  if (following) await step(session, following);
}

/** Opens the step `name` from the wizard's list of steps. */
export async function goToStep(session, name) {
  await (await session.find(`[data-go-step="${name}"]`)).click();
  await step(session, name);
}

/** Types `text` into the field `name` key by key, as a person would, after emptying it. */
export async function typeInto(session, name, text) {
  const field = await session.find(`[name="${name}"]`);
  await field.click();
  await field.clear();
  await field.type(text);
}

/** Fills every `[name]: value` of `fields` in the open step. */
export async function fillAll(session, fields) {
  for (const [name, value] of Object.entries(fields)) await fill(session, name, value);
}

/** The value every field of `fields` shows now, by name. */
export async function valuesOf(session, fields) {
  const shown = {};
  for (const name of Object.keys(fields)) shown[name] = await (await session.find(`[name="${name}"]`)).value();
  return shown;
}

/** Opens the first case of the list, then its wizard. */
export async function openCaseInWizard(session) {
  await (await session.find('[data-case-id] button', 15_000)).click();
  await (await session.find('[data-action="edit-case"]')).click();
}

/**
 * What the core calls a letter of `kind` in `lang`: the title on the first line of its section of
 * templates/letters/<lang>.tera.
 */
export function letterTitle(kind, lang) {
  const file = `templates/letters/${lang}.tera`;
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const first = lines[lines.indexOf(`{# section: ${kind} #}`) + 1] ?? '';
  const title = /^\{# title: (.*) #\}$/.exec(first)?.[1];
  check(title !== undefined, `${file} has no title line for ${kind}`);
  return title;
}

/**
 * The interface's dictionary for `lang`, read from ui/src/lib/i18n/<lang>.ts (compiled with the UI's own
 * TypeScript), so a scenario checks the very words the window shows.
 */
export async function messages(lang) {
  const ts = createRequire(import.meta.url)(join(ROOT, 'ui/node_modules/typescript'));
  const source = readFileSync(join(ROOT, `ui/src/lib/i18n/${lang}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  const dictionary = module[lang];
  check(dictionary && typeof dictionary === 'object', `no dictionary ${lang} in ${lang}.ts`);
  /** The message `key` with its `{placeholders}` filled from `params`. */
  return (key, params = {}) => {
    const text = dictionary[key];
    check(typeof text === 'string', `no message ${key} in ${lang}.ts`);
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  };
}

/** Clicks the choice `value` of the radio group `name` and checks it took. */
export async function pick(session, name, value) {
  const choice = await session.find(`input[name="${name}"][value="${value}"]`);
  await choice.click();
  await session.until(
    () => session.execute('return arguments[0].checked;', [choice.reference()]),
    `${name} = ${value} chosen`,
  );
}

/** The visible text of the first element matching `css`, white space made single spaces. */
export async function textOf(session, css) {
  return (await (await session.find(css)).text()).replace(/\s+/g, ' ').trim();
}
