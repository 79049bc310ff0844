// The debt-notice story (seed 000) typed into the real app, from an empty data folder to a printed PDF,
// with the app closed and reopened halfway through.
import { join } from 'node:path';
import {
  APP,
  checkHas,
  chooseLanguage,
  closeApp,
  emptyDataFolder,
  letterFiles,
  next,
  pdfText,
  step,
  theCase,
} from './desk.mjs';
import { DRIVER, Session, check, fill, scenario, sleep } from './webdriver.mjs';

const data = emptyDataFolder();
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

let letter = '';
await scenario(
  () => `debt-notice case typed in, app reopened mid-wizard, ${letter} printed`,
  async () => {
    let session = await Session.start(DRIVER, APP, args);
    // The interface language is remembered between runs: start from English whatever was chosen before.
    await chooseLanguage(session, 'en');
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
    await closeApp(session, data);

    const saved = theCase(data).json();
    check(saved.customer.full_name === story['customer.full_name'], 'the customer was not saved before closing');
    check(saved.company.legal_name === story['company.legal_name'], 'the company was not saved before closing');

    session = await Session.start(DRIVER, APP, args);
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
    await fill(session, 'events.0.date', '14/03/2016');
    await fill(
      session,
      'events.0.text',
      'В почтовом ящике обнаружено уведомление ПАО «МТС» о задолженности, адресованное другому лицу, которое по моему адресу не проживает.',
    );
    await fill(session, 'events.0.reference', 'Уведомление № 16-03/КР-048215');
    await session.shot('events');
    await next(session);

    await step(session, 'contacts');
    await next(session);
    await step(session, 'demands');
    // The suggestions arrive from the core a moment after the step opens.
    await session.until(
      async () => (await session.findAll('[name^="demands."]')).length >= 3,
      'the suggested demands',
    );
    await next(session);
    await step(session, 'delivery');
    await next(session);
    await step(session, 'evidence');
    await next(session);

    await step(session, 'review');
    await session.shot('review-before');
    await (await session.find('[data-action="generate"]')).click();
    const stored = theCase(data);
    letter = await session.until(() => letterFiles(stored.dir)[0], 'the PDF', 20_000);
    await session.shot('review');
    const text = pdfText(join(stored.dir, 'letters', letter));
    checkHas(text, ['Булатов', 'ПРЕТЕНЗИЯ', 'Марксистская', '16-03/КР-048215'], 'the letter');
    check(stored.json().letters.length === 1, 'the letter is not recorded in the case');
  },
);
