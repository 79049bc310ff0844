// The debt-notice story (seed 000) with the interface in Russian: from the empty list, through every step
// of the wizard, to the claim printed with the applicant's copy for handing in at an MTS office. The PDF on
// disk carries both copies, and the second one ends with the office's receipt block.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  APP,
  checkHas,
  chooseLanguage,
  emptyDataFolder,
  fillAll,
  letterFiles,
  messages,
  next,
  pdfText,
  pick,
  step,
  textOf,
  theCase,
} from './desk.mjs';
import { DRIVER, Session, check, fill, scenario } from './webdriver.mjs';

const data = emptyDataFolder();
const t = await messages('ru');

const company = {
  'company.legal_name': 'ПАО «Мобильные ТелеСистемы» (ПАО «МТС»)',
  'company.claims_address': '109147, г. Москва, ул. Марксистская, д. 4',
  'company.office': 'Салон-магазин МТС, 350000, г. Краснодар, ул. Красная, д. 149',
};
const customer = {
  'customer.full_name': 'Булатов Алексей Игоревич',
  'customer.postal_address': '350051, г. Краснодар, ул. Рашпилевская, д. 179/1, кв. 47',
  'customer.phone': '+7 918 417-23-56',
  'customer.email': 'a.bulatov.krd@yandex.ru',
};
const events = [
  {
    date: '14.03.2016',
    text:
      'В своём почтовом ящике обнаружил бумажное уведомление ПАО «МТС», направленное на мой адрес, но на чужое ' +
      'имя: Гаврилову Сергею Николаевичу, абоненту номера +7 918 352-71-08. В уведомлении сказано, что при ' +
      'непогашении задолженности МТС обратится в суд. Этого человека я не знаю, по моему адресу он не проживает.',
    'amount.value': '1842,37',
    'amount.currency': 'RUB',
    reference: 'уведомление № 16-03/КР-048215, лицевой счёт № 298417563021',
  },
  {
    date: '14.03.2016',
    time: '19:05',
    text:
      'Позвонил на горячую линию МТС 8 800 250-08-90. Сотрудница отказалась принять информацию и потребовала ' +
      'прийти в офис с письменным заявлением и справкой о составе семьи.',
  },
];
const contact = {
  date: '14.03.2016',
  dialled: '19:05',
  answered: '19:13',
  ended: '19:21',
  agent: 'сотрудница контактного центра (имя не назвала)',
  summary:
    'Обращение не зарегистрировали: сотрудница настаивала, чтобы я пришёл в офис МТС с заявлением и справкой ' +
    'о составе семьи.',
};
const firstDemand =
  'Прекратить направлять на мой почтовый адрес уведомления о задолженности Гаврилова С. Н. по лицевому ' +
  'счёту № 298417563021.';

let printed = '';
await scenario(
  () => `debt notice in Russian, from the empty list to ${printed} with the office copy`,
  async () => {
    const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
    await chooseLanguage(session, 'ru');
    const start = await session.find('[data-action="new-case"]', 15_000);
    await session.shot('empty-list');
    await start.click();

    await step(session, 'incident');
    await pick(session, 'incident', 'wrong_person_debt');
    // A Russian interface suggests Russian rules and a Russian letter.
    check((await (await session.find('[name="jurisdiction"]')).value()) === 'ru', 'the jurisdiction is not ru');
    check((await (await session.find('[name="letter_language"]')).value()) === 'ru', 'the letter is not in Russian');
    await fill(session, 'title', 'Уведомление о долге чужого абонента на мой адрес');
    await session.shot('incident');
    await next(session, 'company');

    await fillAll(session, company);
    await next(session, 'customer');
    await fillAll(session, customer);
    await next(session, 'events');

    for (const [index, event] of events.entries()) {
      await (await session.find('[data-action="add-event"]')).click();
      await session.find(`[name="events.${index}.text"]`);
      for (const [field, value] of Object.entries(event)) await fill(session, `events.${index}.${field}`, value);
    }
    // Dates are typed as a Russian writes them, whatever the system's locale, and read back in words.
    const words = await textOf(session, '[data-entry="events.0"] [data-words]');
    check(words === '14 марта 2016 г.', `the event's date reads “${words}”`);
    // A day the calendar does not have is kept as typed and named as such, not moved to another day.
    await fill(session, 'events.1.date', '30.02.2016');
    const refused = await textOf(session, '[data-entry="events.1"] [data-written-problem]');
    check(refused === t('written.no_such_date'), `30.02.2016 is answered with “${refused}”`);
    await fill(session, 'events.1.date', events[1].date);
    await session.shot('events');
    await next(session, 'contacts');

    await (await session.find('[data-action="add-contact"]')).click();
    await fill(session, 'contacts.0.channel', 'phone');
    for (const [field, value] of Object.entries(contact)) await fill(session, `contacts.0.${field}`, value);
    // The hold before the answer is worked out from the times typed.
    const held = await textOf(session, '[data-entry="contacts.0"] [data-hold-time]');
    check(held === t('contacts.held.many', { count: 8 }), `the contact shows “${held}”`);
    await next(session, 'demands');

    // The suggested demands come in the letter's language; the first is made the customer's own.
    await session.until(
      async () => (await session.findAll('[name^="demands."]')).length >= 3,
      'the suggested demands',
    );
    await fill(session, 'demands.0', firstDemand);
    await next(session, 'delivery');

    await pick(session, 'reply_channel', 'post');
    await pick(session, 'delivery', 'in_person');
    await next(session, 'evidence');
    await session.until(
      async () => (await session.findAll('[data-evidence-item]')).length > 0,
      'the suggested proof',
    );
    await next(session, 'review');

    const ok = await session.find('[data-review="ok"]', 15_000);
    check((await ok.text()).trim() === t('review.ok'), `the review says “${await ok.text()}”`);
    // Handing in at an office: the applicant's copy with the receipt block is offered, ticked.
    const office = await session.find('[name="office_copy"]');
    check(await session.execute('return arguments[0].checked;', [office.reference()]), 'the office copy is not ticked');
    checkHas(await textOf(session, '[data-step="review"] .options'), [t('review.officeCopy')], 'the review');
    // The letter's pages are drawn as the core typesets them: the letter and the applicant's copy.
    await session.until(
      async () => (await session.findAll('[data-letter-preview] [data-letter-page] canvas')).length >= 2,
      'the pages drawn',
      30_000,
    );
    // The page's text layer (transparent over its picture) holds the letter's words once it is drawn.
    const firstPage = await session.find('[data-letter-preview] [data-letter-page="1"]');
    const shownText = await session.until(async () => {
      const text = await session.execute('return arguments[0].textContent;', [firstPage.reference()]);
      return text.includes('ПРЕТЕНЗИЯ') ? text : null;
    }, 'the first page’s text', 30_000);
    checkHas(shownText, ['ПРЕТЕНЗИЯ', 'Булатов'], 'the first page shown');
    await session.shot('review');

    await (await session.find('[data-action="generate"]')).click();
    const stored = theCase(data);
    printed = await session.until(() => letterFiles(stored.dir)[0], 'the PDF', 30_000);
    check(printed.endsWith('-claim-ru-office.pdf'), `the letter is named ${printed}`);
    const ready = await textOf(session, '.generate [role="status"]');
    check(ready === t('review.ready'), `after printing the review says “${ready}”`);
    await session.find(`[data-letter-file="${printed}"]`);
    await session.shot('printed');

    const pdf = join(stored.dir, 'letters', printed);
    const text = pdfText(pdf);
    checkHas(
      text,
      [
        'ПРЕТЕНЗИЯ',
        'ПАО «Мобильные ТелеСистемы» (ПАО «МТС»)',
        'Заявитель: Булатов Алексей Игоревич',
        'Марксистская',
        '16-03/КР-048215',
        '1842,37',
        'ответ 19:13',
        firstDemand,
        'в письменной форме по почте',
      ],
      'the letter',
    );
    // Two copies: the office keeps the first, the second comes back stamped as received.
    check(text.split('ПРЕТЕНЗИЯ').length - 1 === 2, 'the PDF does not hold the claim twice');
    const copy = text.slice(text.indexOf('Экземпляр заявителя — с отметкой о получении'));
    check(copy.length < text.length, 'the applicant’s copy has no header');
    checkHas(
      copy,
      [
        'Отметка о получении претензии',
        'Заявитель: Булатов Алексей Игоревич',
        `Место приёма: ${company['company.office']}.`,
        'Получено: вх. №',
        'Принял(а):',
        'Место для штампа организации',
        'настоящий экземпляр с отметкой о получении возвращается заявителю',
      ],
      'the applicant’s copy',
    );
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8', timeout: 30_000 }))?.[1],
    );
    check(pages >= 2, `the PDF has ${pages} page(s)`);

    const saved = stored.json();
    check(saved.letters.length === 1 && saved.letters[0].file === printed, 'the letter is not recorded in the case');
    check(saved.delivery === 'in_person' && saved.reply_channel === 'post', 'the delivery was not saved');
    check(saved.contacts[0]?.answered === '19:13', 'the call was not saved');
    const dates = [...saved.events.map((event) => event.date), saved.contacts[0]?.date];
    check(dates.every((date) => date === '2016-03-14'), `the dates were stored as ${dates.join(', ')}`);
  },
);
