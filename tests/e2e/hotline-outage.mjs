// The hotline and the outage (seed 004), in Russian: no Tele2 network for four days and a hotline that keeps
// callers on hold. The call to the hotline is timed with the wizard's call timer, pressed as the call goes:
// Dialling, Answered a minute later (the hold), then Ended. The hold time is shown on the contact, kept in
// case.json as the pressed times, and stated in the printed letter.
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
const t = await messages('ru');

const pad = (n) => String(n).padStart(2, '0');
const clock = (moment) => `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
const minutes = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Waits (at most a minute and a half) for the last seconds of a minute, not the day's last: "Dialling" then
 * falls in one minute and "Answered", pressed a few seconds later, in the next, so the hold is one minute.
 */
async function nearTheEndOfAMinute() {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const now = new Date();
    const lastOfDay = now.getHours() === 23 && now.getMinutes() === 59;
    if (now.getSeconds() >= 56 && now.getSeconds() < 58 && !lastOfDay) return;
    if (Date.now() > deadline) throw new Error('no minute ended in 90 s');
    await sleep(200);
  }
}

/** The contact's call stamps as the window shows them. */
async function stamps(session) {
  const shown = {};
  for (const name of ['dialled', 'answered', 'ended']) {
    shown[name] = await (await session.find(`[name="contacts.0.${name}"]`)).value();
  }
  return shown;
}

let held = '';
await scenario(
  () => `hotline call timed in Russian (${held}), in case.json and the letter`,
  async () => {
    const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
    await chooseLanguage(session, 'ru');
    await (await session.find('[data-action="new-case"]', 15_000)).click();
    await step(session, 'incident');
    await pick(session, 'incident', 'service_outage');
    await fill(session, 'title', 'Нет сети Tele2 и недоступная горячая линия');
    await next(session, 'company');
    await fillAll(session, {
      'company.legal_name': 'ООО «Т2 Мобайл» (Tele2)',
      'company.claims_address': '108811, г. Москва, п. Московский, Киевское шоссе, 22-й км, домовладение 6, стр. 1',
    });
    await next(session, 'customer');
    await fillAll(session, {
      'customer.full_name': 'Смирнов Дмитрий Андреевич',
      'customer.postal_address': '170037, г. Тверь, ул. Склизкова, д. 106, кв. 34',
      'customer.phone': '+7 952 064-18-37',
      'customer.email': 'd.smirnov.tver@yandex.ru',
      'customer.account': '+7 952 064-18-37',
    });
    await next(session, 'events');
    await (await session.find('[data-action="add-event"]')).click();
    await fillAll(session, {
      'events.0.date': '09.08.2021',
      'events.0.time': '07:30',
      'events.0.text':
        'По моему адресу пропала мобильная связь Tele2: нет ни звонков, ни интернета. Связи нет на всех ' +
        'телефонах Tele2 в радиусе примерно километра.',
      'events.0.amount.value': '500',
      'events.0.amount.currency': 'RUB',
      'events.0.reference': 'обращение № 210809-4471825',
    });
    await next(session, 'contacts');

    await (await session.find('[data-action="add-contact"]')).click();
    await session.find('[name="contacts.0.summary"]');
    await fill(session, 'contacts.0.channel', 'phone');
    await nearTheEndOfAMinute();
    const dialledAt = new Date();
    await (await session.find('[data-action="call-dialled"]')).click();
    const onHold = await session.find('[data-live-timer]');
    await sleep(2500);
    checkHas(await onHold.text(), [t('contacts.onHold', { time: '0:0' })], 'the running timer');
    await session.shot('on-hold');

    // The operator answers once the minute has turned.
    await session.until(() => new Date().getMinutes() !== dialledAt.getMinutes(), 'the next minute', 10_000);
    await sleep(500);
    const answeredAt = new Date();
    await (await session.find('[data-action="call-answered"]:not([disabled])')).click();
    await sleep(2000);
    const live = await textOf(session, '[data-live-timer]');
    check(live.startsWith(t('contacts.heldFor', { time: '0:0' })), `while talking the timer reads “${live}”`);
    // The call runs on while another step is open, shown at the top; the chip leads back.
    await goToStep(session, 'events');
    const chip = await session.find('.call-chip');
    checkHas(await chip.text(), [t('wizard.callRunning', { time: '0:0' })], 'the running call’s chip');
    await session.shot('call-chip');
    await chip.click();
    await step(session, 'contacts');
    await (await session.find('[data-action="call-ended"]:not([disabled])')).click();

    const shown = await stamps(session);
    check(shown.dialled === clock(dialledAt), `Dialling stamped ${shown.dialled}, pressed at ${clock(dialledAt)}`);
    check(shown.answered === clock(answeredAt), `Answered stamped ${shown.answered}, pressed at ${clock(answeredAt)}`);
    check(minutes(shown.ended) >= minutes(shown.answered), `Ended stamped ${shown.ended}`);
    const hold = minutes(shown.answered) - minutes(shown.dialled);
    check(hold === 1, `a hold of ${hold} minutes`);
    held = await textOf(session, '[data-entry="contacts.0"] [data-hold-time]');
    check(held === t('contacts.held.one', { count: 1 }), `the contact shows “${held}”`);
    const today = `${dialledAt.getFullYear()}-${pad(dialledAt.getMonth() + 1)}-${pad(dialledAt.getDate())}`;
    const shownDate = await (await session.find('[name="contacts.0.date"]')).value();
    const todayInRussian = `${pad(dialledAt.getDate())}.${pad(dialledAt.getMonth() + 1)}.${dialledAt.getFullYear()}`;
    check(shownDate === todayInRussian, `the call is dated ${shownDate}, not today`);
    await typeInto(session, 'contacts.0.agent', 'оператор горячей линии Tele2 (имя не назвал)');
    await typeInto(
      session,
      'contacts.0.summary',
      'Звонок на горячую линию 8 800 555-06-11: после ожидания на линии оператор подтвердил отсутствие связи ' +
        'по моему адресу и обещал устранить неисправность.',
    );
    await session.shot('contact-timed');
    await next(session, 'demands');
    await next(session, 'delivery');
    await pick(session, 'reply_channel', 'email');
    await pick(session, 'delivery', 'email');
    await next(session, 'evidence');
    await next(session, 'review');
    await session.find('[data-review="ok"]', 15_000);
    await (await session.find('[data-action="generate"]:not([disabled])')).click();
    const stored = theCase(data);
    const printed = await session.until(() => letterFiles(stored.dir)[0], 'the PDF', 30_000);
    await session.shot('printed');

    const contact = stored.json().contacts[0];
    check(contact.channel === 'phone' && contact.date === today, `the contact is stored as ${JSON.stringify(contact)}`);
    for (const name of ['dialled', 'answered', 'ended']) {
      check(contact[name] === shown[name], `case.json has ${name} ${contact[name]}, the window ${shown[name]}`);
    }
    const [y, m, d] = today.split('-');
    const text = pdfText(join(stored.dir, 'letters', printed));
    checkHas(
      text,
      [
        `${d}.${m}.${y} — телефонный разговор`,
        `Время: начало ${shown.dialled}, ответ ${shown.answered}, окончание ${shown.ended}; ожидание на линии — 1 мин.`,
        'Со стороны компании: оператор горячей линии Tele2 (имя не назвал)',
        'ООО «Т2 Мобайл» (Tele2)',
        'обращение № 210809-4471825',
      ],
      'the letter',
    );
  },
);
