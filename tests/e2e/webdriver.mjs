// A small W3C WebDriver client for driving the real app through tauri-driver, using Node's own fetch.
// Kept dependency-free so the end-to-end run needs nothing from the network beyond the registries.
//
// Every wait is bounded. A wait that runs out, or any other failure inside `scenario`, first keeps a
// screenshot and the page source of each open window in E2E_SHOTS, named after the scenario.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The key under which W3C WebDriver passes element references. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** tauri-driver's address: E2E_DRIVER, else the local port E2E_DRIVER_PORT (4444 by default). */
export const DRIVER = process.env.E2E_DRIVER ?? `http://127.0.0.1:${process.env.E2E_DRIVER_PORT ?? 4444}`;

/** The running scenario's name, from its file: failure evidence and screenshots are named after it. */
const SCENARIO = basename(process.argv[1] ?? 'scenario', '.mjs');

/** The longest any one request to the driver may take (starting the app included). */
const REQUEST_TIMEOUT = 60_000;

function elementId(reference) {
  return reference[ELEMENT];
}

/** The folder screenshots go to; `null` when E2E_SHOTS is not set. */
function shotsFolder() {
  const folder = process.env.E2E_SHOTS;
  if (!folder) return null;
  mkdirSync(folder, { recursive: true });
  return folder;
}

export class Session {
  /** The sessions not yet quit, for the evidence of a failure and the clean-up after one. */
  static open = new Set();

  constructor(base, id) {
    this.base = base;
    this.id = id;
    this.failures = 0;
  }

  /** Opens the app at `application` (absolute path), passing `args` and waiting for the driver. */
  static async start(base, application, args = []) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const status = await fetch(`${base}/status`);
        if (status.ok) break;
      } catch {
        // the driver is still starting
      }
      if (Date.now() > deadline) throw new Error('tauri-driver did not start');
      await sleep(200);
    }
    const created = await call(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'wry',
          'tauri:options': { application, args },
        },
      },
    });
    const session = new Session(base, created.sessionId);
    Session.open.add(session);
    return session;
  }

  async request(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    Session.open.delete(this);
    await this.request('DELETE', '');
  }

  /** Saves a screenshot of the window as `<scenario>-<name>.png` in E2E_SHOTS. */
  async shot(name) {
    const folder = shotsFolder();
    if (folder === null) return;
    // The page scrolls inside the app's own pane; a click's scrolling into view can shift the root, which
    // no person can do (it does not scroll): put it back so the picture is what the window shows.
    await this.execute('document.scrollingElement.scrollTop = 0;');
    const png = await this.request('GET', '/screenshot');
    writeFileSync(join(folder, `${SCENARIO}-${name}.png`), Buffer.from(png, 'base64'));
  }

  /**
   * Keeps what the window showed when something went wrong: `<scenario>-failed-<n>.png` and
   * `<scenario>-failed-<n>.html` (the page source) in E2E_SHOTS. Never throws: it runs on the way out.
   */
  async keepEvidence() {
    const folder = shotsFolder();
    if (folder === null) return;
    this.failures += 1;
    const stem = join(folder, `${SCENARIO}-failed-${this.failures}`);
    try {
      const png = await this.request('GET', '/screenshot');
      writeFileSync(`${stem}.png`, Buffer.from(png, 'base64'));
    } catch (error) {
      console.error(`no screenshot kept: ${error.message}`);
    }
    try {
      writeFileSync(`${stem}.html`, await this.request('GET', '/source'));
    } catch (error) {
      console.error(`no page source kept: ${error.message}`);
    }
    console.error(`kept ${stem}.png and .html`);
  }

  /** Fails with `message` once the evidence of what the window shows is kept. */
  async timedOut(message) {
    await this.keepEvidence();
    const error = new Error(message);
    error.evidenceKept = true;
    throw error;
  }

  /** The first element matching `css`, waiting up to `timeout` ms for it to appear. */
  async find(css, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        const found = await this.request('POST', '/element', {
          using: 'css selector',
          value: css,
        });
        return new Element(this, elementId(found));
      } catch (error) {
        if (Date.now() > deadline) return this.timedOut(`no element ${css}: ${error.message}`);
        await sleep(150);
      }
    }
  }

  async findAll(css) {
    const found = await this.request('POST', '/elements', {
      using: 'css selector',
      value: css,
    });
    return found.map((e) => new Element(this, elementId(e)));
  }

  /** The first element matching `css` whose text contains `text`. */
  async findText(css, text, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      for (const element of await this.findAll(css)) {
        if ((await element.text()).includes(text)) return element;
      }
      if (Date.now() > deadline) return this.timedOut(`no ${css} with text “${text}”`);
      await sleep(150);
    }
  }

  async execute(script, args = []) {
    return this.request('POST', '/execute/sync', { script, args });
  }

  /** Waits until `predicate()` resolves truthy; a predicate that throws is asked again, as not yet true. */
  async until(predicate, what, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    let last = null;
    for (;;) {
      try {
        const value = await predicate();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) {
        return this.timedOut(`timed out waiting for ${what}${last ? ` (last: ${last.message})` : ''}`);
      }
      await sleep(150);
    }
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  async click() {
    // Centre it first: a sticky footer would otherwise take a click meant for a button at the page bottom.
    await this.session.execute('arguments[0].scrollIntoView({ block: "center" });', [this.reference()]);
    await this.session.request('POST', `/element/${this.id}/click`, {});
  }
  async type(text) {
    await this.session.request('POST', `/element/${this.id}/value`, { text });
  }
  async clear() {
    await this.session.request('POST', `/element/${this.id}/clear`, {});
  }
  async text() {
    return this.session.request('GET', `/element/${this.id}/text`);
  }
  /** The reference to pass this element as a script argument. */
  reference() {
    return { [ELEMENT]: this.id };
  }
  async value() {
    return this.session.request('GET', `/element/${this.id}/property/value`);
  }
}

async function call(base, method, path, body) {
  let response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT),
    });
  } catch (error) {
    throw new Error(`${method} ${path}: ${error.name === 'TimeoutError' ? 'no answer in 60 s' : error.message}`);
  }
  const payload = await response.json();
  if (!response.ok || (payload.value && payload.value.error)) {
    throw new Error(`${method} ${path}: ${JSON.stringify(payload.value)}`);
  }
  return payload.value;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Fails the scenario with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Sets a form control the way typing would, so the app's bindings see it. */
export async function fill(session, name, value) {
  const element = await session.find(`[name="${name}"]`);
  await session.execute(
    `const el = arguments[0];
     const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype
       : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
     Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, arguments[1]);
     el.dispatchEvent(new Event('input', { bubbles: true }));
     el.dispatchEvent(new Event('change', { bubbles: true }));`,
    [element.reference(), value],
  );
}

/**
 * Runs a scenario: on any failure, the evidence of every open window is kept (unless a timed-out wait
 * kept it already), each window is closed and the process exits non-zero; on success, `passed` (a sentence,
 * or a function giving one) is printed.
 */
export async function scenario(passed, body) {
  try {
    await body();
    console.log(`e2e: ${typeof passed === 'function' ? passed() : passed}`);
    console.log('1 passed, 0 failed');
  } catch (error) {
    if (!error.evidenceKept) for (const session of Session.open) await session.keepEvidence();
    console.error(`e2e: ${SCENARIO} failed: ${error.stack ?? error}`);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  } finally {
    for (const session of [...Session.open]) {
      await session.quit().catch((error) => console.error(`closing the app: ${error.message}`));
    }
  }
}
