import { tick } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

import { checkCase, createCase, loadCase, loadProfile, newCase, saveProfile } from '../api';
import type { Case, Customer, IssuedLetter, LossOfService, Problem, Warning } from '../bindings';
import { profiles } from '../jurisdictions.svelte';
import type { Locale } from '../i18n/index.svelte';
import { blankLossOfService } from '../newCase';
import { Autosaver } from './autosave.svelte';
import type { RunningCall } from './callTimer';
import { CaseSync } from './caseSync.svelte';
import {
  STEPS,
  fieldName,
  problemsAt,
  problemsOfStep,
  resumeStep,
  stepForPath,
  stepIndex,
  visibleProblems,
  type StepId,
} from './steps';

/** The parts of a case a step edits by replacing them whole (a choice, a line of text, a small record). */
export type CasePatch = Partial<Omit<Case, 'schema_version' | 'revision'>>;

/** The parts a step edits in place (a list or a record of fields), each with its own type. */
export type EditablePart = 'company' | 'customer' | 'events' | 'contacts' | 'demands' | 'evidence';

export interface WizardOptions {
  /** The case to continue; `null` starts a new one, created on the first Next. */
  id: string | null;
  /** The wizard is done; `created` tells whether it created the case `id`. */
  onexit: (id: string | null, created: boolean) => void;
  /**
   * Puts the cursor, once the page shows the current step, on the field at `path`; without one (or
   * when the field is not there), on the step's first field.
   */
  focus: (path?: string) => Promise<void>;
  /** The interface language, for a new case's jurisdiction and letter language. */
  locale: Locale;
}

function isBlank(customer: Customer): boolean {
  return Object.values(customer).every((value) => value.trim() === '');
}

/**
 * Everything the wizard knows and does, apart from how it looks: the case being edited, the step
 * shown, saving and the core's problems. The steps are shown their part of the case and change it
 * only through `update` and `edit`; each change is saved after a quiet moment, and a save refused
 * because the case changed elsewhere is merged and sent again (see `CaseSync`).
 */
export class WizardState {
  /** The case's id once it exists. */
  caseId = $state<string | null>(null);
  /** The case being edited; `null` until it is loaded or started. */
  draft = $state<Case | null>(null);
  loadFailure = $state<unknown>(null);

  step = $state<StepId>('incident');
  /** Index of the furthest step reached. */
  furthest = $state(0);
  /**
   * Steps the person has gone through in this session: their problems are shown next to the fields
   * (a reopened case shows none on the steps not opened again).
   */
  readonly visited = new SvelteSet<StepId>();
  /** Fields (input names) typed in and left: their problems show before their step is gone through. */
  readonly #leftFields = new SvelteSet<string>();
  /**
   * Fields being typed in that showed no problem when the typing began: what the check finds in them
   * waits until they are left, so an error never interrupts the first characters.
   */
  readonly #quietFields = new SvelteSet<string>();

  /** The problems of the last saved version. */
  problems = $state<Problem[]>([]);
  /** The warnings of the last saved version: worth reading, never in the way of the letter. */
  warnings = $state<Warning[]>([]);
  checked = $state(false);
  checkFailure = $state<unknown>(null);
  /** Counts successful saves, so the review follows the case. */
  revision = $state(0);

  /** Whether an incident type has been chosen (a new case starts with none). */
  incidentPicked = $state(false);
  /** Once the person picks a letter language, the jurisdiction no longer changes it. */
  letterLanguageChosen = $state(false);
  showIncidentError = $state(false);
  /** While the case is being created. */
  creating = $state(false);
  createFailure = $state<unknown>(null);

  /** “Remember my details for next time”. */
  remember = $state(false);
  /** The customer's fields came from the remembered details. */
  profilePrefilled = $state(false);
  profileFailure = $state<unknown>(null);
  profileSaveFailure = $state<unknown>(null);

  /** The call being timed; it runs on while another step is open. */
  call = $state<RunningCall | null>(null);
  /** A clock for the running call's display, ticking every second while there is one. */
  now = $state(Date.now());

  /** The last way out failed to save: the person may leave anyway. */
  leaveFailed = $state(false);
  /** What screen readers are told last (a list moved, an item was removed). */
  announcement = $state('');

  /** The problems shown next to their fields: those of the steps gone through and the fields left. */
  readonly shown = $derived(
    visibleProblems(this.problems, {
      steps: this.visited,
      left: this.#leftFields,
      quiet: this.#quietFields,
    }),
  );
  /** How many problems each step shows, for the progress list. */
  readonly counts = $derived(
    Object.fromEntries(
      STEPS.map((each) => [each, problemsOfStep(this.shown, each).length]),
    ) as Record<StepId, number>,
  );
  /**
   * Steps gone through that the last check found nothing wrong with: only these are ticked in the
   * progress list (a step not opened, or not checked, is not known to be done).
   */
  readonly passed = $derived(
    new Set(
      STEPS.filter(
        (each) =>
          this.visited.has(each) &&
          this.checked &&
          this.checkFailure === null &&
          problemsOfStep(this.problems, each).length === 0,
      ),
    ),
  );

  readonly saver: Autosaver<Case>;
  readonly #sync: CaseSync;
  readonly #options: WizardOptions;
  #createdHere = false;
  #rememberedJson = '';
  #checkRequest = 0;
  /** The check asked for last, to wait for before a field left shows what it found. */
  #checking: Promise<void> = Promise.resolve();
  /** Fields typed in since they were last left. */
  readonly #typing = new Set<string>();
  #clock: ReturnType<typeof setInterval> | null = null;

  constructor(options: WizardOptions) {
    this.#options = options;
    this.caseId = options.id;
    this.incidentPicked = options.id !== null;
    this.#sync = new CaseSync(() => this.draft);
    this.saver = new Autosaver<Case>({
      save: (value) => {
        const id = this.caseId;
        return id === null ? Promise.resolve(value) : this.#sync.save(id, value);
      },
      snapshot: () => this.#snapshot(),
      onsaved: (written) => {
        this.#sync.stored(written);
        this.revision += 1;
        void this.runCheck(written);
      },
    });
  }

  /** Loads the case to continue, or starts a new one. */
  async start(): Promise<void> {
    const id = this.#options.id;
    if (id !== null) return this.load(id);
    this.loadFailure = null;
    try {
      const [fresh] = await Promise.all([newCase(this.#options.locale), profiles.load()]);
      this.draft = fresh;
    } catch (error) {
      this.loadFailure = error;
      return;
    }
    void this.#prefillProfile();
    await this.#options.focus();
  }

  /** Loads case `id` and opens the first step with a problem (the review when there is none). */
  async load(id: string): Promise<void> {
    this.loadFailure = null;
    try {
      const [value] = await Promise.all([loadCase(id), profiles.load()]);
      this.#sync.stored(value);
      this.letterLanguageChosen =
        value.letter_language !== profiles.officialLanguage(value.jurisdiction);
      this.draft = value;
      let found: Problem[] = [];
      try {
        const result = await checkCase(value);
        found = result.problems;
        this.warnings = result.warnings;
        this.checked = true;
      } catch (error) {
        this.checkFailure = error;
      }
      this.problems = found;
      // A case reopened has been through the wizard: every step can be opened, and each shows its
      // problems once it is gone through again (the review lists them all meanwhile), except the one
      // it resumes on, which shows the problems that brought the person there.
      this.furthest = STEPS.length - 1;
      this.step = resumeStep(found);
      this.visited.add(this.step);
      await this.#options.focus();
    } catch (error) {
      this.loadFailure = error;
    }
  }

  /** Replaces whole parts of the case (a choice, the title, the reply terms). */
  update(patch: CasePatch): void {
    const draft = this.draft;
    if (draft === null) return;
    for (const [key, value] of Object.entries(patch)) {
      (draft as unknown as Record<string, unknown>)[key] = value;
    }
    this.#changed();
  }

  /** Changes one part of the case in place: `change` is given that part and nothing else. */
  edit<K extends EditablePart>(part: K, change: (current: Case[K]) => void): void {
    const draft = this.draft;
    if (draft === null) return;
    change(draft[part]);
    this.#changed();
  }

  /**
   * Changes the facts of a lost service in place; the record starts with the customer's first answer
   * (a case without one has said nothing about it) and is kept, whatever the step shows, once it exists.
   */
  editLossOfService(change: (loss: LossOfService) => void): void {
    const draft = this.draft;
    if (draft === null) return;
    draft.loss_of_service ??= blankLossOfService();
    change(draft.loss_of_service);
    this.#changed();
  }

  /** Picks the kind of incident (a new case starts with none picked). */
  pickIncident(incident: Case['incident']): void {
    this.incidentPicked = true;
    this.update({ incident });
  }

  /**
   * Changes the jurisdiction; the letter language follows it until the person picks one, and whenever
   * the one picked is not a language the new jurisdiction's letters are written in.
   */
  setJurisdiction(jurisdiction: Case['jurisdiction']): void {
    const current = this.draft?.letter_language;
    const offered =
      current !== undefined && profiles.letterLanguages(jurisdiction).includes(current);
    const suggested =
      this.letterLanguageChosen && offered ? null : profiles.officialLanguage(jurisdiction);
    this.update(
      suggested === null ? { jurisdiction } : { jurisdiction, letter_language: suggested },
    );
  }

  /** The person picked the letter's language: it stays whatever jurisdiction they choose later. */
  setLetterLanguage(letterLanguage: Case['letter_language']): void {
    this.letterLanguageChosen = true;
    this.update({ letter_language: letterLanguage });
  }

  /** Lists a letter the core issued, so the next save keeps it. */
  recordLetter(letter: IssuedLetter): void {
    const draft = this.draft;
    if (draft === null || draft.letters.some((known) => known.file === letter.file)) return;
    draft.letters.push(letter);
    this.#changed();
  }

  /** Takes in the case as the core stored it after changing it itself (files attached). */
  adopt(stored: Case): void {
    this.#sync.absorb(stored);
    this.#changed();
  }

  /** Starts, moves on or stops the timed call; the clock ticks only while one runs. */
  setCall(call: RunningCall | null): void {
    this.call = call;
    if (call === null) {
      this.#stopClock();
    } else if (this.#clock === null) {
      this.now = Date.now();
      this.#clock = setInterval(() => (this.now = Date.now()), 1000);
    }
  }

  /** Saves what is pending now; rejects when the save fails (the indicator shows it too). */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /**
   * Saves what is pending before the window closes; `false` when it could not be saved, so the window stays
   * with the failure shown and nothing typed is lost.
   */
  async saveBeforeClose(): Promise<boolean> {
    if (this.caseId === null) return true;
    try {
      await this.saver.flush();
      return true;
    } catch {
      return false;
    }
  }

  /** Saves what is pending now; a failure shows in the indicator and the text stays. */
  flushQuietly(): void {
    if (this.caseId !== null) this.saver.flush().catch(() => undefined);
  }

  /** Asks the core for the problems and warnings of `value`; an answer to an older question is ignored. */
  runCheck(value: Case): Promise<void> {
    const running = this.#check(value);
    this.#checking = running;
    return running;
  }

  async #check(value: Case): Promise<void> {
    const request = ++this.#checkRequest;
    try {
      const found = await checkCase(value);
      if (request !== this.#checkRequest) return;
      this.problems = found.problems;
      this.warnings = found.warnings;
      this.checked = true;
      this.checkFailure = null;
    } catch (error) {
      if (request === this.#checkRequest) this.checkFailure = error;
    }
  }

  /** The problems to show at the field named `name`; with `nested`, also those of fields inside it. */
  problemsAt(name: string, nested?: boolean): Problem[] {
    return problemsAt(this.shown, name, nested);
  }

  /**
   * The person typed in the field `name` (`null`: a control that holds no field). A field that shows
   * no problem now keeps quiet until it is left; one that does goes on showing the latest check, so
   * its error goes as soon as it is mended.
   */
  typed(name: string | null): void {
    if (name === null) return;
    this.#typing.add(name);
    if (this.problemsAt(name).length === 0) this.#quietFields.add(name);
  }

  /**
   * The person left the field `name`, or picked a value in it. When they had typed in it, what they
   * typed is saved and checked at once, and then its problems show, even on a step not gone through.
   */
  async left(name: string | null): Promise<void> {
    if (name === null || !this.#typing.delete(name)) return;
    this.#leftFields.add(name);
    if (this.caseId !== null) await this.saver.flush().catch(() => undefined);
    await this.#checked();
    // Typing in it again meanwhile keeps it quiet for the new text.
    if (!this.#typing.has(name)) this.#quietFields.delete(name);
  }

  /** Shows at once the problems held back while typing: the person moves on, as if leaving each field. */
  #revealTyped(): void {
    for (const name of this.#typing) this.#leftFields.add(name);
    this.#typing.clear();
    this.#quietFields.clear();
  }

  /** Waits until the check asked for last has answered, including one asked for while waiting. */
  async #checked(): Promise<void> {
    let awaited: Promise<void>;
    do {
      awaited = this.#checking;
      await awaited;
    } while (awaited !== this.#checking);
  }

  /** Says `message` to screen readers, even when it is the same as the last one. */
  announce(message: string): void {
    this.announcement = '';
    void tick().then(() => (this.announcement = message));
  }

  /** Opens step `target` (only the first before the case exists) and puts the cursor at `focusPath`. */
  goTo(target: StepId, focusPath?: string): void {
    if (this.draft === null) return;
    if (this.caseId === null && target !== 'incident') return;
    if (target !== this.step) {
      this.#revealTyped();
      this.visited.add(this.step);
      if (this.step === 'customer') void this.rememberProfile();
      this.step = target;
      this.furthest = Math.max(this.furthest, stepIndex(target));
      this.leaveFailed = false;
      this.flushQuietly();
    }
    void this.#options.focus(focusPath);
  }

  /**
   * Opens the step where the field at `path` is asked and puts the cursor in it; its problems show
   * there, as the person came to mend them.
   */
  goToField(path: string): void {
    this.#leftFields.add(fieldName(path));
    this.goTo(stepForPath(path), path);
  }

  /** On to the next step: the first creates the case, the last leaves. */
  async next(): Promise<void> {
    if (this.step === 'incident' && this.caseId === null) {
      void this.create();
      return;
    }
    this.#revealTyped();
    if (await this.#holdsWrongValue()) return;
    const following = STEPS[stepIndex(this.step) + 1];
    if (following) this.goTo(following);
    else void this.leave();
  }

  /** Back to the previous step, if there is one. */
  back(): void {
    const previous = STEPS[stepIndex(this.step) - 1];
    if (previous) this.goTo(previous);
  }

  /** Creates the new case from the first step, then opens the second. */
  async create(): Promise<void> {
    if (this.draft === null || this.creating) return;
    if (!this.incidentPicked) {
      this.showIncidentError = true;
      void this.#options.focus('incident');
      return;
    }
    this.creating = true;
    this.createFailure = null;
    const value = this.#snapshot();
    try {
      const created = await createCase(value);
      this.caseId = created.id;
      this.#createdHere = true;
      this.#sync.stored({ ...value, revision: created.revision });
      this.revision += 1;
      void this.runCheck(value);
      // Whatever changed while the case was being created (the remembered details) is saved next.
      if (this.draft !== null && this.#sync.differs(this.draft)) this.saver.schedule();
      this.creating = false;
      this.goTo('company');
    } catch (error) {
      this.createFailure = error;
      this.creating = false;
    }
  }

  /** Back to the list once everything is saved; a failed save keeps the wizard open unless `force`. */
  async leave(force = false): Promise<void> {
    if (!force && this.caseId !== null) {
      try {
        await this.saver.flush();
      } catch {
        this.leaveFailed = true;
        return;
      }
    }
    await this.rememberProfile();
    this.#options.onexit(this.caseId, this.#createdHere);
  }

  /** Keeps the customer's details for the next case, when they asked for it and something changed. */
  async rememberProfile(): Promise<void> {
    const draft = this.draft;
    if (!this.remember || draft === null || isBlank(draft.customer)) return;
    const customer = $state.snapshot(draft.customer) as Customer;
    const json = JSON.stringify(customer);
    if (json === this.#rememberedJson) return;
    try {
      await saveProfile(customer);
      this.#rememberedJson = json;
      this.profileSaveFailure = null;
    } catch (error) {
      this.profileSaveFailure = error;
    }
  }

  /** The wizard is closing: stops the timers; what was typed is still written. */
  dispose(): void {
    this.saver.dispose();
    this.#stopClock();
    if (this.caseId !== null && this.saver.dirty) this.saver.flush().catch(() => undefined);
  }

  async #prefillProfile(): Promise<void> {
    try {
      const profile = await loadProfile();
      if (this.draft === null || isBlank(profile)) return;
      this.#rememberedJson = JSON.stringify(profile);
      // Someone who remembered their details once wants them kept up to date.
      this.remember = true;
      if (isBlank(this.draft.customer)) {
        this.update({ customer: { ...profile } });
        this.profilePrefilled = true;
      }
    } catch (error) {
      this.profileFailure = error;
    }
  }

  /**
   * Whether the step holds a wrong value (a missing one can be filled in later): the person stays on
   * the step, its problems shown and the cursor on the first.
   */
  async #holdsWrongValue(): Promise<boolean> {
    if (this.caseId === null || this.draft === null) return false;
    await this.runCheck(this.#snapshot());
    // A save under way (a field just left) asks again: its answer, about the same case, counts.
    await this.#checked();
    const wrong = problemsOfStep(this.problems, this.step).filter(
      (problem) => problem.code !== 'required',
    );
    const first = wrong[0];
    if (first === undefined) return false;
    this.visited.add(this.step);
    await this.#options.focus(first.path);
    return true;
  }

  /** Every change to a created case is saved after a quiet moment. */
  #changed(): void {
    const draft = this.draft;
    if (draft === null || this.caseId === null) return;
    if (!this.#sync.differs(draft) && !this.saver.dirty) return;
    this.saver.schedule();
  }

  #snapshot(): Case {
    return $state.snapshot(this.draft) as Case;
  }

  #stopClock(): void {
    if (this.#clock !== null) {
      clearInterval(this.#clock);
      this.#clock = null;
    }
  }
}
