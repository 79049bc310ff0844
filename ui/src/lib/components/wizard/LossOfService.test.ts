import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { Case, IncidentType, Jurisdiction, LossOfService, Problem } from '../../bindings';
import { setLocale } from '../../i18n/index.svelte';
import { completeCase, fakeCore } from '../../../test/fakeCore';
import Wizard from './Wizard.svelte';

const HEADING = 'Automatic compensation for a lost service';

/** A complete case about `incident` in `jurisdiction`, with what it says of a lost service. */
function caseIn(
  jurisdiction: Jurisdiction,
  incident: IncidentType,
  loss: LossOfService | null = null,
): Case {
  return { ...completeCase(), jurisdiction, incident, loss_of_service: loss };
}

/** Opens the case `c1` on its timeline step and waits until it is shown. */
async function openTimeline(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  render(Wizard, { id: 'c1', onexit: vi.fn() });
  await screen.findByRole('heading', { name: 'Review and print' });
  await user.click(screen.getByRole('button', { name: /Timeline/ }));
  const step = document.querySelector<HTMLElement>('[data-step="events"]');
  if (!step) throw new Error('the timeline step is not shown');
  return step;
}

/** The section's field at `name`, with its label, hint and problems. */
function field(name: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.field[data-field="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

function typeDate(label: string, day: string): void {
  void fireEvent.input(screen.getByLabelText(label), { target: { value: day } });
}

describe('the facts of a lost service', () => {
  it.each([
    ['gb', 'service_outage', true],
    ['gb', 'billing_dispute', false],
    ['ru', 'service_outage', false],
    ['bg', 'service_outage', false],
    ['other', 'service_outage', false],
  ] as const)('are asked in %s for %s: %s', async (jurisdiction, incident, asked) => {
    setLocale('en');
    fakeCore({ cases: { c1: caseIn(jurisdiction, incident) } });
    const step = await openTimeline(userEvent.setup());
    expect(within(step).queryByRole('group', { name: HEADING }) !== null).toBe(asked);
  });

  it('are saved as typed: the scheme ticked, both dates and the missed appointments', async () => {
    setLocale('en');
    const core = fakeCore({ cases: { c1: caseIn('gb', 'service_outage') } });
    const user = userEvent.setup();
    const step = await openTimeline(user);
    const section = within(step).getByRole('group', { name: HEADING });

    await user.click(
      within(section).getByRole('checkbox', {
        name: 'My provider is in Ofcom’s automatic compensation scheme',
      }),
    );
    typeDate('Day you reported the fault', '02/11/2026');
    typeDate('Day the service worked again', '09/11/2026');
    await user.click(within(section).getByRole('button', { name: 'Add a missed appointment' }));
    expect(screen.getByLabelText('Missed appointment 1')).toHaveFocus();
    typeDate('Missed appointment 1', '04/11/2026');
    await user.click(within(section).getByRole('button', { name: 'Add a missed appointment' }));
    typeDate('Missed appointment 2', '06/11/2026');
    await user.click(within(section).getByRole('button', { name: 'Remove Missed appointment 1' }));

    await waitFor(() =>
      expect(core.cases.get('c1')!.loss_of_service).toEqual({
        reported: '2026-11-02',
        restored: '2026-11-09',
        missed_appointments: ['2026-11-06'],
        provider_in_scheme: true,
      }),
    );
    expect(screen.getByLabelText('Missed appointment 1')).toHaveValue('06/11/2026');
  });

  const given: LossOfService = {
    reported: '2026-11-02',
    restored: '',
    missed_appointments: ['2026-11-04'],
    provider_in_scheme: true,
  };

  it.each([
    ['are kept as they were where the case no longer asks for them', 'ru', given],
    ['are not written before the customer gives one', 'gb', null],
  ] as const)('%s', async (_name, jurisdiction, loss) => {
    setLocale('en');
    const core = fakeCore({ cases: { c1: caseIn(jurisdiction, 'service_outage', loss) } });
    const user = userEvent.setup();
    const step = await openTimeline(user);
    expect(within(step).queryByRole('group', { name: HEADING }) !== null).toBe(
      jurisdiction === 'gb',
    );

    await user.type(screen.getByLabelText('Reference number (optional)'), ' / 2');
    await waitFor(() => expect(core.cases.get('c1')!.events[0]!.reference).toBe('чек № 4411 / 2'));
    expect(core.cases.get('c1')!.loss_of_service).toEqual(loss);
  });

  it('show the check’s problems on their fields, and open there from the review', async () => {
    setLocale('en');
    const problems = (value: Case): Problem[] => {
      const loss = value.loss_of_service;
      if (!loss) return [];
      const found: Problem[] = [];
      if (loss.reported === '') {
        found.push({ path: 'loss_of_service.reported', code: 'required', message: 'required' });
      }
      loss.missed_appointments.forEach((day, index) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
          found.push({
            path: `loss_of_service.missed_appointments[${index}]`,
            code: 'invalid_date',
            message: 'not a date',
          });
        }
      });
      return found;
    };
    const loss = {
      reported: '',
      restored: '',
      missed_appointments: ['2026-11-04', '4 Nov'],
      provider_in_scheme: true,
    };
    fakeCore({ cases: { c1: caseIn('gb', 'service_outage', loss) }, problems });
    render(Wizard, { id: 'c1', onexit: vi.fn() });

    // The reopened case resumes on the step that asks for the facts, at the first problem.
    const reported = await screen.findByLabelText('Day you reported the fault');
    expect(document.querySelector('[data-step="events"]')).not.toBeNull();
    expect(field('loss_of_service.reported')).toHaveTextContent('This field is required.');
    expect(reported).toHaveAttribute('aria-invalid', 'true');
    expect(field('loss_of_service.missed_appointments.1')).toHaveTextContent(
      'Not a date: write it as DD/MM/YYYY (day, month, year), for example 05/11/2026.',
    );
    expect(field('loss_of_service.missed_appointments.0')).not.toHaveTextContent(
      'Not a date: write it as DD/MM/YYYY (day, month, year), for example 05/11/2026.',
    );
    expect(field('loss_of_service.restored')).not.toHaveTextContent('This field is required.');

    typeDate('Day you reported the fault', '02/11/2026');
    await waitFor(() =>
      expect(field('loss_of_service.reported')).not.toHaveTextContent('This field is required.'),
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Review and print/ }));
    await user.click(await screen.findByRole('link', { name: /Missed appointment 2/ }));
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute(
        'name',
        'loss_of_service.missed_appointments.1',
      ),
    );
  });

  it('stay on view while the check finds a problem in them, even where they are not asked', async () => {
    setLocale('en');
    const loss = { reported: '', restored: '', missed_appointments: [], provider_in_scheme: true };
    fakeCore({
      cases: { c1: caseIn('ru', 'service_outage', loss) },
      problems: (value) =>
        value.loss_of_service?.reported === ''
          ? [{ path: 'loss_of_service.reported', code: 'required', message: 'required' }]
          : [],
    });
    render(Wizard, { id: 'c1', onexit: vi.fn() });
    await screen.findByLabelText('Day you reported the fault');
    expect(field('loss_of_service.reported')).toHaveTextContent('This field is required.');
  });
});
