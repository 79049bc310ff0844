// The thirteenth monthly fee (the comments under seed 002): the example case is made with the command line,
// then everything else happens on its page in the window, in Bulgarian. The claim is marked handed in at the
// Mtel centre with its incoming number, Mtel's answer is recorded with the August fee refused without
// reasons, and the "no reasoned answer" letter is printed; its text on disk names each demand's outcome.
import { join } from 'node:path';
import {
  APP,
  checkHas,
  chooseLanguage,
  cli,
  emptyDataFolder,
  letterFiles,
  letterTitle,
  messages,
  pdfText,
  textOf,
  theCase,
} from './desk.mjs';
import { DRIVER, Session, check, fill, scenario } from './webdriver.mjs';

const data = emptyDataFolder();
cli(data, 'new', '--from', 'tests/fixtures/cases/2008-07-15-mtel-13th-monthly-fee');
const stored = theCase(data);
const t = await messages('bg');

const registration = '4530/20.07.2009';
const summary =
  'Писмо от „Мобилтел“ ЕАД: договорът е прекратен от 14.07.2009 г., но таксата за август остава дължима, без ' +
  'да са посочени основания.';
/** What Mtel did with each of the case's four demands. */
const outcomes = ['refused_without_reasons', 'satisfied', 'not_addressed', 'satisfied'];

/** Whether the control matching `css` is disabled. */
async function disabled(session, css) {
  return session.execute('return arguments[0].disabled;', [(await session.find(css)).reference()]);
}

let printed = '';
await scenario(
  () => `13th monthly fee handed in, answered, ${printed} printed`,
  async () => {
    const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
    await chooseLanguage(session, 'bg');
    await (await session.find(`[data-case-id="${stored.id}"] button`, 15_000)).click();
    await session.find('[data-action="mark-sent"]');
    // Before the hand-in there is no answer to object to.
    check(await disabled(session, '[data-action="follow-up-no-answer"]'), 'the no-answer letter is offered too early');
    await session.shot('case-page');

    await fill(session, 'sent.date', '20.07.2009');
    await fill(session, 'sent.method', 'in_person');
    await fill(session, 'sent.registration_number', registration);
    await (await session.find('[data-action="mark-sent"]')).click();
    await session.find('[data-action="record-answer"]', 15_000);
    check((await session.findAll('[data-action="mark-sent"]')).length === 0, 'the hand-in form is still shown');
    await session.until(
      async () => (await textOf(session, '.deadline')).includes(t('deadline.registration', { number: registration })),
      'the incoming number on the deadline card',
    );
    const sent = stored.json();
    check(sent.sent?.date === '2009-07-20' && sent.sent.method === 'in_person', 'the hand-in was not stored');
    check(sent.sent.registration_number === registration, 'the incoming number was not stored');
    check((await textOf(session, '[data-status]')) === t('status.sent'), 'the case is not shown as sent');
    await session.shot('handed-in');

    await fill(session, 'answer.date', '10.08.2009');
    await fill(session, 'answer.channel', 'post');
    await fill(session, 'answer.summary', summary);
    for (const [index, outcome] of outcomes.entries()) await fill(session, `answer.outcomes.${index}`, outcome);
    const refused = await textOf(session, '[name="answer.outcomes.0"] option:checked');
    check(refused === t('outcome.refused_without_reasons'), `the first demand's outcome reads “${refused}”`);
    await session.shot('answer');
    await (await session.find('[data-action="record-answer"]')).click();
    await session.until(
      async () => (await session.findAll('[data-action="record-answer"]')).length === 0,
      'the answer form to close',
      15_000,
    );
    const answered = stored.json();
    check(answered.answer?.date === '2009-08-10' && answered.answer.channel === 'post', 'the answer was not stored');
    check(JSON.stringify(answered.answer.outcomes) === JSON.stringify(outcomes), 'the outcomes were not stored');

    const noAnswer = '[data-action="follow-up-no-answer"]';
    await session.until(async () => !(await disabled(session, noAnswer)), 'the no-answer letter offered');
    check((await textOf(session, noAnswer)) === letterTitle('no_answer', 'bg'), 'the no-answer letter is named otherwise');
    await (await session.find(noAnswer)).click();
    printed = await session.until(() => letterFiles(stored.dir)[0], 'the PDF', 30_000);
    const ready = await session.find('[data-action="open-follow-up"]', 15_000);
    check(ready !== null, 'the letter is not offered to open');
    checkHas(await textOf(session, '.ready'), [t('followUp.ready', { file: printed })], 'the case page');
    await session.shot('printed');

    const text = pdfText(join(stored.dir, 'letters', printed));
    checkHas(
      text,
      [
        'ВЪЗРАЖЕНИЕ',
        'от Александър Василев Иванов',
        '„Мобилтел“ ЕАД (търговска марка Мтел)',
        `отговор от 10.08.2009 г. на рекламация с вх. № ${registration}`,
        'На 20.07.2009 г. подадох лично рекламация',
        'получих по пощата отговор на рекламацията',
        summary,
        'Да анулирате авансово начислената месечна такса за август 2009 г.',
        'Искането е отхвърлено без посочени мотиви.',
        'Отказът трябва да бъде мотивиран: моля да посочите причините за него',
        'Искането е удовлетворено.',
        'Отговорът Ви не съдържа становище по това искане.',
        'Комисията за регулиране на съобщенията',
      ],
      'the letter',
    );
    const letters = stored.json().letters;
    check(letters.length === 1 && letters[0].kind === 'no_answer', `the case records ${JSON.stringify(letters)}`);
    check(letters[0].file === printed, 'the case records another file');

    // The regulators' web forms, filled from the case in the forms' language, which the platform names.
    const forms = await session.find('[data-forms]', 15_000);
    await session.execute('arguments[0].scrollIntoView({ block: "start" });', [forms.reference()]);
    checkHas(
      await textOf(session, '[data-forms]'),
      [t('forms.language', { language: 'български' }), 'КРС — жалби', 'КЗП — електронна форма за жалба/сигнал'],
      'the forms',
    );
    await (await session.find('[data-form="bg.kzp"] summary')).click();
    const trader = await textOf(session, '[data-form="bg.kzp"] [data-field="company_name"] .value');
    check(trader === '„Мобилтел“ ЕАД (търговска марка Мтел)', `the КЗП form's trader reads “${trader}”`);
    await session.shot('forms');
  },
);
