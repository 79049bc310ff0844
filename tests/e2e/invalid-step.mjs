// The formal non-answers (seed 001), in English: the customer asks for the answer by e-mail but has not
// given an e-mail address. The reply step says so in the interface's words, Next holds the person on the step
// (the review cannot be reached) and the step is flagged in the list of steps. The problem's own button leads
// to the e-mail field, and once the address is typed the letter is made and asks for the answer there.
import { join } from 'node:path';
import {
  APP,
  checkHas,
  chooseLanguage,
  emptyDataFolder,
  fillAll,
  goToStep,
  letterFiles,
  messages,
  next,
  pdfText,
  pick,
  step,
  textOf,
  theCase,
  typeInto,
} from './desk.mjs';
import { DRIVER, Session, check, fill, scenario, sleep } from './webdriver.mjs';

const data = emptyDataFolder();
const t = await messages('en');
const email = 'irina.kovaleva.msk@gmail.com';

let printed = '';
const passed = () => `reply by e-mail without an address: shown, flagged, Next held; ${printed} once fixed`;
await scenario(passed, async () => {
  const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
  await chooseLanguage(session, 'en');
  await (await session.find('[data-action="new-case"]', 15_000)).click();
  await step(session, 'incident');
  await pick(session, 'incident', 'unreachable_support');
  await fill(session, 'jurisdiction', 'ru');
  await fill(session, 'letter_language', 'ru');
  await fill(session, 'title', 'Формальные ответы МТС без решения по существу');
  await next(session, 'company');
  await fillAll(session, {
    'company.legal_name': 'ПАО «Мобильные ТелеСистемы» (ПАО «МТС»)',
    'company.claims_address': '109147, г. Москва, ул. Марксистская, д. 4',
  });
  await next(session, 'customer');
  // Everything but the e-mail address.
  await fillAll(session, {
    'customer.full_name': 'Ковалёва Ирина Сергеевна',
    'customer.postal_address': '117218, г. Москва, ул. Кржижановского, д. 14, корп. 3, кв. 58',
    'customer.phone': '+7 916 284-37-19',
    'customer.account': '+7 916 284-37-19, лицевой счёт № 243051876914',
  });
  await next(session, 'events');
  await (await session.find('[data-action="add-event"]')).click();
  await fillAll(session, {
    'events.0.date': '20/05/2019',
    'events.0.text':
      'Получила на почте заказное письмо МТС: «мы не нашли оснований» для перерасчёта, без каких-либо доводов.',
    'events.0.reference': 'исх. № МТС-МР/19-27816',
  });
  await next(session, 'contacts');
  await next(session, 'demands');
  await next(session, 'delivery');

  await pick(session, 'reply_channel', 'email');
  await pick(session, 'delivery', 'in_person');
  const inline = '[data-step="delivery"] [data-problem="reply_channel"]';
  const said = await textOf(session, `${inline} p`);
  check(said === t('delivery.needsEmail'), `the reply step says “${said}”`);
  const fix = await textOf(session, `${inline} button`);
  check(fix === t('delivery.enterEmail'), `the reply step offers “${fix}”`);
  await session.shot('delivery');

  // Next holds the person on the step, with the cursor on the choice at fault; the step is flagged.
  await (await session.find('[data-action="next"]')).click();
  await sleep(1500);
  check((await session.findAll('[data-step="evidence"]')).length === 0, 'Next left the step without the address');
  await step(session, 'delivery');
  const flagged = '[data-progress-step="delivery"]';
  await session.until(
    async () => await session.execute(`return document.querySelector('${flagged}').classList.contains('warn');`),
    'the reply step flagged',
  );
  const flag = await session.execute(`return document.querySelector('${flagged}').textContent;`);
  checkHas(flag, [t('step.delivery'), t('wizard.stepProblems.one', { count: 1 })], 'the flagged step');
  check(
    (await session.findAll('[data-go-step="review"]')).length === 0,
    'the review can be reached without the e-mail address',
  );
  await session.shot('delivery-blocked');

  // The step's button leads to the e-mail field; once it is typed, Next goes on.
  await (await session.find(`${inline} button`)).click();
  await step(session, 'customer');
  await session.until(
    async () => (await session.execute('return document.activeElement?.name;')) === 'customer.email',
    'the cursor in the e-mail field',
  );
  await typeInto(session, 'customer.email', email);
  await goToStep(session, 'delivery');
  check((await session.findAll(inline)).length === 0, 'the reply step still says the address is missing');
  check(letterFiles(theCase(data).dir).length === 0, 'a letter was made without the e-mail address');
  await next(session, 'evidence');
  await next(session, 'review');
  await session.find('[data-review="ok"]', 15_000);
  await (await session.find('[data-action="generate"]:not([disabled])')).click();
  const stored = theCase(data);
  printed = await session.until(() => letterFiles(stored.dir)[0], 'the PDF', 30_000);
  await session.shot('printed');
  const text = pdfText(join(stored.dir, 'letters', printed));
  checkHas(text, [`на адрес электронной почты ${email}`, 'МТС-МР/19-27816'], 'the letter');
  check(stored.json().customer.email === email, 'the e-mail address was not saved');
});
