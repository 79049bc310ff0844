import { jurisdictions } from './api';
import { getLocale } from './i18n/index.svelte';
import type {
  Condition,
  IncidentType,
  Jurisdiction,
  JurisdictionProfile,
  Language,
} from './bindings';

/**
 * What each jurisdiction asks of a case, as the core serves it from its rule packs: the interface asks,
 * it never decides. Asked once per window; every component reads the same answer.
 */
class JurisdictionProfiles {
  /** The profiles, in the order the pickers offer them; empty until the core has answered. */
  list = $state<JurisdictionProfile[]>([]);
  #asked: Promise<JurisdictionProfile[]> | null = null;

  /** Asks the core the first time; later calls share the answer (a failed one is asked again). */
  load(): Promise<JurisdictionProfile[]> {
    this.#asked ??= jurisdictions().then(
      (profiles) => {
        this.list = profiles;
        return profiles;
      },
      (error: unknown) => {
        this.#asked = null;
        throw error;
      },
    );
    return this.#asked;
  }

  /** Every jurisdiction the core knows. */
  get ids(): Jurisdiction[] {
    return this.list.map((profile) => profile.jurisdiction);
  }

  /** Its name in the interface's language, as the core's rule pack gives it. */
  name(jurisdiction: Jurisdiction): string {
    return this.#of(jurisdiction)?.name[getLocale()] ?? jurisdiction;
  }

  /** The language letters there are written in; `null` where the core cannot tell. */
  officialLanguage(jurisdiction: Jurisdiction): Language | null {
    return this.#of(jurisdiction)?.official_language ?? null;
  }

  /** The languages letters there can be written in: those the core has its law written in. */
  letterLanguages(jurisdiction: Jurisdiction): Language[] {
    return this.#of(jurisdiction)?.letter_languages ?? [];
  }

  /** Whether the answer's term there depends on this fact of the case, so the wizard asks for it. */
  asksFor(jurisdiction: Jurisdiction, fact: Condition): boolean {
    return this.#of(jurisdiction)?.term_facts.includes(fact) ?? false;
  }

  /** The currency amounts there are in on `date` (`YYYY-MM-DD`; the current one when blank). */
  currencyOn(jurisdiction: Jurisdiction, date: string): string | null {
    const currencies = this.#of(jurisdiction)?.currencies ?? [];
    const valid = currencies.filter((c) => c.from === null || date === '' || c.from <= date);
    return valid.at(-1)?.code ?? null;
  }

  /** Whether a compensation scheme pays for this incident there, so the wizard asks for its facts. */
  asksLossOfService(jurisdiction: Jurisdiction, incident: IncidentType): boolean {
    return this.#of(jurisdiction)?.compensated_incidents.includes(incident) ?? false;
  }

  /** Whether a window there runs from the company's final answer, so the answer form asks if it is final. */
  asksFinalResponse(jurisdiction: Jurisdiction): boolean {
    return this.#of(jurisdiction)?.asks_final_response ?? false;
  }

  #of(jurisdiction: Jurisdiction): JurisdictionProfile | undefined {
    return this.list.find((profile) => profile.jurisdiction === jurisdiction);
  }
}

/** The profiles of this window. */
export const profiles = new JurisdictionProfiles();
