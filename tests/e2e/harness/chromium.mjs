// Chromium session: Debian's (or any found) Chromium via playwright-core, with the built extension loaded.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PageHandle, PHONE_VIEWPORT } from './handle.mjs';

class ChromiumPage extends PageHandle {
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  evaluateScript(source) {
    return this.page.evaluate(source);
  }
  click(selector) {
    return this.page.click(selector);
  }
  fill(selector, text) {
    return this.page.fill(selector, text);
  }
  press(key) {
    return this.page.keyboard.press(key);
  }
  /** A touch tap (DevTools Input.dispatchTouchEvent: touchstart, touchend; Chromium makes the click) at the element's centre. */
  async tap(selector) {
    const at = await this.centreOf(selector);
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  async screenshot(path) {
    // A phone's screen as the reader sees it: a full-page screenshot would resize the page and end touch emulation.
    await this.page.screenshot({ path, fullPage: !this.emulatePhone });
  }
  async close() {
    for (const page of [this.page, ...(this.companions ?? [])]) await page.close().catch(() => {});
  }
}

/**
 * Launches Chromium with the extension in `extensionDir`.
 * @returns {Promise<import('./session.mjs').Session>}
 */
export async function launchChromium({ executablePath, extensionDir }) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'caveat-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => {
        // Chromium drops an extension it cannot load without a word, e.g. for a __MSG_key__ missing from messages.json.
        throw new Error(`the extension in ${extensionDir} did not start in Chromium (check its manifest.json and _locales)`);
      }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;

    async function openPage(url, { colorScheme, loaded = true, phone = false } = {}) {
      const page = await context.newPage();
      if (colorScheme) await page.emulateMedia({ colorScheme });
      // A phone: its size, touch events and a touch screen's media features ((pointer: coarse), (hover: none)), which
      // Chromium derives from touch emulation. Set after loading, and again after each navigation: an extension page
      // gets a new renderer, which does not take the emulation over (so it is switched off and on again).
      let cdp;
      const emulatePhone = async () => {
        cdp ??= await context.newCDPSession(page);
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      };
      if (phone) await page.setViewportSize(PHONE_VIEWPORT);
      // loaded: false, for a page that never finishes loading: only wait for it to start.
      await page.goto(url, loaded ? undefined : { waitUntil: 'commit' });
      if (phone) {
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) emulatePhone().catch(() => {});
        });
        // Once more, so the page is built with touch (window.ontouchstart is decided when it is made).
        await emulatePhone();
        await page.reload(loaded ? undefined : { waitUntil: 'commit' });
      }
      const handle = new ChromiumPage({ page, url });
      handle.cdp = cdp;
      if (phone) handle.emulatePhone = emulatePhone;
      return handle;
    }

    return {
      name: 'chromium',
      extensionOrigin,
      canEmulateColorScheme: true,
      openPage,
      openExtensionPage: (path, options) => openPage(`${extensionOrigin}/${path.replace(/^\//, '')}`, options),
      async openPopup(url, options = {}) {
        const tab = await openPage(url, { loaded: options.loaded, phone: options.phone });
        // A reader looks at the page a moment before clicking: the bench waits `lookMs` there.
        if (options.lookMs) await new Promise((resolve) => setTimeout(resolve, options.lookMs));
        const popup = await openPage(`${extensionOrigin}/popup.html?target=${encodeURIComponent(url)}`, options);
        popup.companions = [tab.page];
        popup.tab = tab; // the article's own tab, for flows that check what the popup did to the page
        return popup;
      },
      async close() {
        await context.close().catch(() => {});
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
