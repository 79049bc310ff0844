// The debt-notice story (seed 000) typed into the real app, from an empty data folder to a printed PDF,
// with the app closed and reopened halfway through.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, check, fill, sleep } from './webdriver.mjs';

const DRIVER = 'http://127.0.0.1:4444';
const app = process.env.E2E_APP;
const shots = process.env.E2E_SHOTS;
const data = mkdtempSync(join(tmpdir(), 'complaint-e2e-'));
const args = ['--data-dir', data];

const story = {
  'company.legal_name': 'ПАО «Мобильные ТелеСистемы»',
  'company.claims_address': '109147, г. Москва, ул. Марксистская, д. 4',
  'company.office': 'Салон МТС, г. Краснодар, ул. Красная, д. 122',
  'customer.full_name': 'Булатов Алексей Игоревич',
  'customer.postal_address': '350051, г. Краснодар, ул. Рашпилевская, д. 179/1, кв. 47',
  'customer.phone': '+7 918 417-23-56',
  'customer.email': 'a.bulatov.krd@example.ru',
};

async function step(session, name) {
  await session.find(`[data-step="${name}"]`);
}

async function next(session) {
  await (await session.find('[data-action="next"]')).click();
}

async function shot(session, name) {
  const png = await session.request('GET', '/screenshot');
  writeFileSync(join(shots, `${name}.png`), Buffer.from(png, 'base64'));
}

function caseFile() {
  const cases = readdirSync(join(data, 'cases'));
  check(cases.length === 1, `expected one case folder, found ${cases.length}`);
  return { id: cases[0], json: JSON.parse(readFileSync(join(data, 'cases', cases[0], 'case.json'), 'utf8')) };
}

let session = await Session.start(DRIVER, app, args);
try {
  // The interface language is remembered between runs: start from English whatever was chosen before.
  const picker = await session.find('.language select');
  await session.execute(
    `arguments[0].value = 'en'; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));`,
    [picker.reference()],
  );
  await (await session.find('[data-action="new-case"]')).click();
  await step(session, 'incident');
  await (await session.find('input[value="wrong_person_debt"]')).click();
  await fill(session, 'jurisdiction', 'ru');
  await fill(session, 'letter_language', 'ru');
  await next(session);

  await step(session, 'company');
  for (const name of ['company.legal_name', 'company.claims_address', 'company.office']) {
    await fill(session, name, story[name]);
  }
  await next(session);

  await step(session, 'customer');
  for (const name of Object.keys(story).filter((n) => n.startsWith('customer.'))) {
    await fill(session, name, story[name]);
  }
  // Leave the wizard mid-way by closing the app; everything typed must already be on disk.
  await sleep(1500);
} finally {
  await session.quit();
}

const saved = caseFile().json;
check(saved.customer.full_name === story['customer.full_name'], 'the customer was not saved before closing');
check(saved.company.legal_name === story['company.legal_name'], 'the company was not saved before closing');

session = await Session.start(DRIVER, app, args);
try {
  await (await session.find('[data-case-id] button', 15_000)).click();
  await (await session.find('[data-action="edit-case"]')).click();
  // Back to the customer step: the values typed before closing are there.
  await (await session.find('[data-go-step="customer"]')).click();
  await step(session, 'customer');
  const name = await (await session.find('[name="customer.full_name"]')).value();
  check(name === story['customer.full_name'], `the customer's name came back as “${name}”`);
  await next(session);

  await step(session, 'events');
  await (await session.find('[data-action="add-event"]')).click();
  await fill(session, 'events.0.date', '2016-03-14');
  await fill(
    session,
    'events.0.text',
    'В почтовом ящике обнаружено уведомление ПАО «МТС» о задолженности, адресованное другому лицу, которое по моему адресу не проживает.',
  );
  await fill(session, 'events.0.reference', 'Уведомление № 16-03/КР-048215');
  await shot(session, 'e2e-events');
  await next(session);

  await step(session, 'contacts');
  await next(session);
  await step(session, 'demands');
  const demands = await session.findAll('[name^="demands."]');
  check(demands.length >= 3, `expected suggested demands, found ${demands.length}`);
  await next(session);
  await step(session, 'delivery');
  await next(session);
  await step(session, 'evidence');
  await next(session);

  await step(session, 'review');
  await shot(session, 'e2e-review-before');
  await (await session.find('[data-action="generate"]')).click();
  const letter = await session.until(() => {
    const folder = join(data, 'cases', caseFile().id, 'letters');
    return readdirSync(folder).find((f) => f.endsWith('.pdf'));
  }, 'the PDF', 20_000);
  await shot(session, 'e2e-review');
  const pdf = join(data, 'cases', caseFile().id, 'letters', letter);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const wanted of ['Булатов', 'ПРЕТЕНЗИЯ', 'Марксистская', '16-03/КР-048215']) {
    check(text.includes(wanted), `the letter lacks “${wanted}”`);
  }
  check(caseFile().json.letters.length === 1, 'the letter is not recorded in the case');
  console.log(`e2e: debt-notice case typed in, app reopened mid-wizard, ${letter} printed`);
  console.log('1 passed, 0 failed');
} finally {
  await session.quit();
}
