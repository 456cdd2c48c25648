// What a flow holds for one open page: the same small API in Chromium (Playwright) and Firefox (Puppeteer).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let axeSource;

/** Thrown by a flow to say "not applicable here"; counted as skipped, not failed. */
export class Skip extends Error {}

/** A small phone held upright (CSS pixels), as a reader on Firefox for Android sees a page. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Subclasses give the primitives (evaluate, evaluateScript, click, fill, screenshot, close);
 * everything a flow needs beyond them is built here once for both browsers.
 */
export class PageHandle {
  /** @param {{ page: unknown, url: string }} init */
  constructor({ page, url }) {
    this.page = page;
    this.url = url;
  }

  /** Polls `fn(arg)` in the page until it returns a truthy value; returns that value. */
  async waitFor(fn, arg, { timeout = 20_000, interval = 100, what = 'condition' } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
      } catch (error) {
        lastError = error; // the page may still be navigating
      }
      await sleep(interval);
    }
    throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
  }

  /** Waits for an element with this data-testid to exist. */
  waitForTestId(testId, options = {}) {
    return this.waitFor((id) => !!document.querySelector(`[data-testid="${id}"]`), testId, { what: `[data-testid="${testId}"]`, ...options });
  }

  /** Waits until the popup has finished reading the tab (its <main> is no longer aria-busy). */
  waitForSettled(options = {}) {
    return this.waitFor(() => document.querySelector('main[aria-busy="false"]') !== null, undefined, { what: 'the popup to finish reading', ...options });
  }

  /** The centre of the first element matching `selector` (of its first line box), in viewport pixels, after scrolling it into view. */
  async centreOf(selector) {
    const at = await this.evaluate((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect(); // a word broken over two lines: its first part
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    }, selector);
    if (!at) throw new Error(`nothing to tap: no ${selector}`);
    return at;
  }

  /** Trimmed text of the element with this data-testid, or null when absent. */
  text(testId) {
    return this.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null, testId);
  }

  exists(testId) {
    return this.evaluate((id) => document.querySelector(`[data-testid="${id}"]`) !== null, testId);
  }

  clickTestId(testId) {
    return this.click(`[data-testid="${testId}"]`);
  }

  /** Runs axe-core in the page; returns its violations as { id, impact, help, nodes: [selector…] }. */
  async axe() {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    // Injected as a protocol-level script: an extension page's CSP forbids eval and foreign script tags.
    await this.evaluateScript(`${axeSource}\n;window.axe = axe; true`);
    const violations = await this.evaluateScript(`axe.run(document, { resultTypes: ['violations'] }).then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))))`);
    return JSON.parse(violations);
  }
}

/** One line per violation, for a failure message. */
/**
 * A screenshot for a person to look at, when CAVEAT_E2E_SHOTS names a folder: `<browser>-<what>.png`;
 * `fallbackDir` is where a flow whose screenshots are part of its result saves them without it.
 */
export function shot(page, session, what, fallbackDir) {
  const dir = process.env.CAVEAT_E2E_SHOTS || fallbackDir;
  return dir ? page.screenshot(`${dir}/${session.name}-${what}.png`) : undefined;
}

export function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`).join('\n');
}
