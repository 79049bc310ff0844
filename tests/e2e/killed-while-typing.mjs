// The app killed (SIGKILL, no chance to save on the way out) half a second after the last key typed in the
// wizard: what was typed is in case.json all the same, each of three times. Prints how long after the last
// key each save reached the disk.
import { execFileSync } from 'node:child_process';
import { APP, appGone, cli, emptyDataFolder, theCase } from './desk.mjs';
import { DRIVER, Session, check, scenario } from './webdriver.mjs';

/** The most typing a kill may cost, in milliseconds. */
const MAY_LOSE_MS = 500;
const ROUNDS = 3;

const data = emptyDataFolder();
cli(data, 'new', '--from', 'tests/fixtures/cases/2008-07-15-mtel-13th-monthly-fee');
const { json: stored } = theCase(data);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The app's own process on `data` (not the driver that started it). */
function appProcess() {
  const found = execFileSync('pgrep', ['-f', `^${APP} --data-dir ${data}`], { encoding: 'utf8' });
  const pids = found.trim().split('\n').filter(Boolean);
  check(pids.length === 1, `expected one app process on the data folder, found ${pids.length}`);
  return pids[0];
}

const delays = [];
await scenario(
  () => `killed ${MAY_LOSE_MS} ms after the last key, ${ROUNDS} times: nothing typed lost (saved after ${delays.join(', ')} ms)`,
  async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const session = await Session.start(DRIVER, APP, ['--data-dir', data]);
      await (await session.find('[data-case-id] button', 15_000)).click();
      await (await session.find('[data-action="edit-case"]')).click();
      await (await session.find('[data-go-step="company"]')).click();
      const office = await session.find('[name="company.office"]');
      const typed = ` — проверка ${round}`;
      await office.type(typed);
      const lastKey = Date.now();

      // Watch the file until the kill: when the typing reached it is the figure this prints.
      let savedAt = null;
      while (Date.now() - lastKey < MAY_LOSE_MS) {
        if (savedAt === null && stored().company.office.endsWith(typed)) savedAt = Date.now();
        await sleep(10);
      }
      execFileSync('kill', ['-KILL', appProcess()]);
      await appGone(data);
      // The driver's session outlives the app it drove: ended, so the next start gets one of its own.
      await session.quit().catch(() => {});

      const after = stored().company.office;
      check(after.endsWith(typed), `round ${round}: after the kill the office reads “${after}”`);
      check(savedAt !== null, `round ${round}: the typing was not on disk ${MAY_LOSE_MS} ms after the last key`);
      delays.push(savedAt - lastKey);
    }
  },
);
