// The broken promise (seed 002): an Mtel agent promised to e-mail an offer and never did. Typed key by key
// with the interface in Bulgarian, Bulgarian rules and a Bulgarian letter, through five steps; the app is
// closed on the sixth and started again, and every field typed comes back as it was, in the window and on
// disk, with the interface still in Bulgarian.
import {
  APP,
  chooseLanguage,
  closeApp,
  emptyDataFolder,
  goToStep,
  messages,
  next,
  openCaseInWizard,
  pick,
  step,
  textOf,
  theCase,
  typeInto,
  valuesOf,
} from './desk.mjs';
import { DRIVER, Session, check, fill, scenario } from './webdriver.mjs';

const data = emptyDataFolder();
const args = ['--data-dir', data];
const t = await messages('bg');

/** What is typed on each step, by field name; `typed` goes key by key, `set` through the control's value. */
const steps = {
  incident: {
    typed: { title: 'Неизпълнено обещание да ми изпратят офертата по имейл' },
    set: {},
  },
  company: {
    typed: {
      'company.legal_name': '„Мобилтел“ ЕАД (търговска марка Мтел)',
      'company.claims_address': 'гр. София 1309, ул. „Кукуш“ № 1',
      'company.office': 'Център на Мтел, гр. София 1164, бул. „Черни връх“ № 32',
    },
    set: {},
  },
  customer: {
    typed: {
      'customer.full_name': 'Антония Петрова Георгиева',
      'customer.postal_address': 'гр. София 1421, ж.к. „Лозенец“, ул. „Крум Попов“ № 25, ет. 3, ап. 7',
      'customer.phone': '+359 888 412 736',
      'customer.email': 'antonia.georgieva@abv.bg',
      'customer.account': '+359 888 412 736',
    },
    set: {},
  },
  events: {
    typed: {
      'events.0.text':
        'Служител на Мтел ми се обади със специална оферта. Помолих за подробностите в писмен вид и той обеща ' +
        'да ми ги изпрати по имейл на antonia.georgieva@abv.bg.',
      'events.1.text':
        'Друг служител заяви, че „е станала грешка“ и нищо не може да ми бъде изпратено по имейл; предложи да ' +
        'ми продиктува условията по телефона или да ги чуя в център на Мтел.',
      'events.1.reference': 'обаждане от Мтел, 14.07.2009 г. в 11:05',
    },
    set: {
      'events.0.date': '08.07.2009',
      'events.0.time': '17:20',
      'events.1.date': '14.07.2009',
      'events.1.time': '11:05',
    },
  },
  contacts: {
    typed: {
      'contacts.0.agent': 'служител на кол центъра на Мтел, представил се като Николай',
      'contacts.0.summary':
        'Входящо обаждане със специална оферта. Служителят обеща да ми изпрати по имейл кои апарати са ' +
        'включени и при какви условия.',
    },
    set: {
      'contacts.0.channel': 'phone',
      'contacts.0.date': '08.07.2009',
      'contacts.0.dialled': '17:20',
      'contacts.0.answered': '17:20',
      'contacts.0.ended': '17:29',
    },
  },
};

const fieldsOf = (name) => ({ ...steps[name].set, ...steps[name].typed });

/** Fails unless every field of the open step shows what was typed on it. */
async function checkRestored(session, name) {
  const expected = fieldsOf(name);
  const shown = await valuesOf(session, expected);
  for (const [field, value] of Object.entries(expected)) {
    check(shown[field] === value, `after the restart ${field} shows “${shown[field]}”, typed “${value}”`);
  }
}

let count = 0;
await scenario(
  () => `broken promise in Bulgarian: ${count} fields typed, restored after a restart`,
  async () => {
    let session = await Session.start(DRIVER, APP, args);
    await chooseLanguage(session, 'bg');
    await (await session.find('[data-action="new-case"]', 15_000)).click();

    await step(session, 'incident');
    await pick(session, 'incident', 'broken_promise');
    await fill(session, 'jurisdiction', 'bg');
    await fill(session, 'letter_language', 'bg');
    for (const name of Object.keys(steps)) {
      if (name !== 'incident') {
        await next(session, name);
        if (name === 'events') {
          for (const index of [0, 1]) {
            await (await session.find('[data-action="add-event"]')).click();
            await session.find(`[name="events.${index}.text"]`);
          }
        }
        if (name === 'contacts') {
          await (await session.find('[data-action="add-contact"]')).click();
          await session.find('[name="contacts.0.summary"]');
        }
      }
      for (const [field, value] of Object.entries(steps[name].set)) await fill(session, field, value);
      for (const [field, value] of Object.entries(steps[name].typed)) await typeInto(session, field, value);
      count += Object.keys(fieldsOf(name)).length;
    }
    // Still in the window as typed, the contact's hold worked out in Bulgarian.
    await checkRestored(session, 'contacts');
    const held = await textOf(session, '[data-entry="contacts.0"] [data-hold-time]');
    check(held === t('contacts.heldBrief'), `the contact shows “${held}”`);

    // On to the demands, and the app is closed there once the indicator says everything is saved.
    // The step fills in the usual demands a moment after it opens, and that is saved too: closing waits for it.
    await next(session, 'demands');
    await session.until(
      async () => (await (await session.find('[name="demands.0"]')).value()) !== '',
      'the usual demands',
      15_000,
    );
    await session.findText('[data-save-state="saved"]', t('save.saved'), 15_000);
    await session.shot('before-closing');
    await closeApp(session, data);

    const stored = theCase(data).json();
    check(stored.incident === 'broken_promise', `the incident was saved as ${stored.incident}`);
    check(stored.jurisdiction === 'bg' && stored.letter_language === 'bg', 'the jurisdiction or language was lost');
    check(stored.customer.email === steps.customer.typed['customer.email'], 'the e-mail was not saved');
    check(stored.events.length === 2 && stored.events[1].time === '11:05', 'the events were not saved');
    check(stored.events[1].date === '2009-07-14', `the event's date was stored as ${stored.events[1].date}`);
    check(stored.contacts[0]?.summary === steps.contacts.typed['contacts.0.summary'], 'the contact was not saved');

    session = await Session.start(DRIVER, APP, args);
    // The language is remembered: nothing is chosen this time.
    await session.find('[data-case-id]', 15_000);
    const lang = await session.execute('return document.documentElement.lang;');
    check(lang === 'bg', `after the restart the interface is in ${lang}`);
    await openCaseInWizard(session);
    await session.find('[data-step]', 15_000);
    await session.shot('reopened');

    await goToStep(session, 'incident');
    await checkRestored(session, 'incident');
    const incident = await session.find('input[name="incident"][value="broken_promise"]');
    check(await session.execute('return arguments[0].checked;', [incident.reference()]), 'the incident is not chosen');
    const chosen = await valuesOf(session, { jurisdiction: '', letter_language: '' });
    check(chosen.jurisdiction === 'bg' && chosen.letter_language === 'bg', `came back ${JSON.stringify(chosen)}`);
    const entries = { events: 2, contacts: 1 };
    for (const name of ['company', 'customer', 'events', 'contacts']) {
      await goToStep(session, name);
      await checkRestored(session, name);
      if (name in entries) {
        const found = (await session.findAll(`[data-entry^="${name}."]`)).length;
        check(found === entries[name], `${found} ${name} came back, not ${entries[name]}`);
      }
    }
    await session.shot('contacts-restored');
    // Looking through the restored draft changed nothing.
    check(theCase(data).json().revision === stored.revision, 'reopening the draft wrote it again');
  },
);
