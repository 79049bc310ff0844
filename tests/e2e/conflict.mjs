// Two writers on one case through the real app: the wizard is open on a case while the command line
// marks the claim as handed in. The wizard's next save is refused as stale, the customer's edit is put
// back on top of the stored case, and both changes end up on disk. A second start of the app on the same
// data folder hands over to the open window and exits.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Session, check, fill } from './webdriver.mjs';

const DRIVER = 'http://127.0.0.1:4444';
const app = process.env.E2E_APP;
const cli = join(dirname(app), 'complaint');
const data = mkdtempSync(join(tmpdir(), 'complaint-e2e-'));
const example = 'tests/fixtures/cases/2008-07-15-mtel-13th-monthly-fee';

execFileSync(cli, ['--data-dir', data, 'new', '--from', example]);
const id = readdirSync(join(data, 'cases'))[0];
const stored = () => JSON.parse(readFileSync(join(data, 'cases', id, 'case.json'), 'utf8'));

const session = await Session.start(DRIVER, app, ['--data-dir', data]);
try {
  await (await session.find('[data-case-id] button', 15_000)).click();
  await (await session.find('[data-action="edit-case"]')).click();
  await (await session.find('[data-go-step="company"]')).click();
  await session.find('[data-step="company"]');
  await fill(session, 'company.office', 'Магазин Mtel, бул. „Витоша“ 1');
  await session.until(() => stored().company.office.includes('Витоша'), 'the first autosave', 10_000);

  // The command line records the hand-in while the wizard still holds the older revision.
  execFileSync(cli, ['--data-dir', data, 'sent', id, '--date', '2008-06-20', '--registration', 'ВХ-77']);
  const before = stored().revision;

  await fill(session, 'company.office', 'Магазин Mtel, бул. „Витоша“ 1, ет. 2');
  const merged = await session.until(
    () => {
      const now = stored();
      return now.company.office.endsWith('ет. 2') ? now : null;
    },
    'the merged save',
    15_000,
  );
  check(merged.sent?.registration_number === 'ВХ-77', 'the hand-in recorded from the command line was lost');
  check(merged.status === 'sent', `the status went back to “${merged.status}”`);
  check(merged.revision === before + 1, `expected revision ${before + 1}, found ${merged.revision}`);

  const second = spawnSync(app, ['--data-dir', data], { encoding: 'utf8', timeout: 10_000 });
  check(second.status === 0, `a second start did not hand over (exit ${second.status}, ${second.signal ?? ''})`);
  check(second.stderr.includes('already open'), `a second start said: ${second.stderr}`);
  await session.find('[data-step="company"]');
  console.log('e2e: a stale wizard save merged over the command line’s hand-in; a second start handed over');
  console.log('1 passed, 0 failed');
} finally {
  await session.quit();
}
