// A small W3C WebDriver client for driving the real app through tauri-driver, using Node's own fetch.
// Kept dependency-free so the end-to-end run needs nothing from the network beyond the registries.

/** The key under which W3C WebDriver passes element references. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

function elementId(reference) {
  return reference[ELEMENT];
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
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
        alwaysMatch: { browserName: 'wry', 'tauri:options': { application, args } },
      },
    });
    return new Session(base, created.sessionId);
  }

  async request(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    await this.request('DELETE', '');
  }

  /** The first element matching `css`, waiting up to `timeout` ms for it to appear. */
  async find(css, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        const found = await this.request('POST', '/element', { using: 'css selector', value: css });
        return new Element(this, elementId(found));
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`no element ${css}: ${error.message}`);
        await sleep(150);
      }
    }
  }

  async findAll(css) {
    const found = await this.request('POST', '/elements', { using: 'css selector', value: css });
    return found.map((e) => new Element(this, elementId(e)));
  }

  /** The first element matching `css` whose text contains `text`. */
  async findText(css, text, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      for (const element of await this.findAll(css)) {
        if ((await element.text()).includes(text)) return element;
      }
      if (Date.now() > deadline) throw new Error(`no ${css} with text “${text}”`);
      await sleep(150);
    }
  }

  async execute(script, args = []) {
    return this.request('POST', '/execute/sync', { script, args });
  }

  /** Waits until `predicate()` resolves truthy. */
  async until(predicate, what, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
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
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
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
