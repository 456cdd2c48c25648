// Firefox session: Firefox ESR over WebDriver BiDi (puppeteer-core), the extension installed as a temporary add-on.
import puppeteer from 'puppeteer-core';
import { PageHandle, PHONE_VIEWPORT } from './handle.mjs';

export const GECKO_ID = 'caveat@caveat.invalid';
// Pinned through a pref so moz-extension:// URLs are known before the add-on starts.
export const EXTENSION_UUID = '6f1c1a52-5b0e-4d8e-9a43-cafe0000e2e0';

class FirefoxPage extends PageHandle {
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  evaluateScript(source) {
    return this.page.evaluate(source);
  }
  click(selector) {
    return this.page.click(selector);
  }
  async fill(selector, text) {
    await this.page.evaluate((s) => {
      const el = document.querySelector(s);
      el.focus();
      el.select?.();
    }, selector);
    await this.page.keyboard.type(text);
  }
  press(key) {
    return this.page.keyboard.press(key);
  }
  /** A touch tap (WebDriver BiDi input.performActions with pointerType "touch") at the element's centre. */
  async tap(selector) {
    const at = await this.centreOf(selector);
    await this.page.touchscreen.tap(at.x, at.y);
  }
  screenshot(path) {
    // A phone's screen as the reader sees it; elsewhere the whole page.
    return this.page.screenshot({ path, fullPage: !this.phone });
  }
  async close() {
    for (const page of [this.page, ...(this.companions ?? [])]) await page.close().catch(() => {});
  }
}

/**
 * Launches Firefox with the extension in `extensionDir`.
 * @returns {Promise<import('./session.mjs').Session>}
 */
export async function launchFirefox({ executablePath, extensionDir }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // permissions.request() is granted without the doorhanger no test can click (it still needs a user's click).
      'extensions.webextOptionalPermissionPrompts': false,
      // Touch events exist in every page, as on a phone (read once at start-up, so not part of usePhone below).
      'dom.w3c_touch_events.enabled': 1,
      'dom.w3c_touch_events.legacy_apis.enabled': true, // window.ontouchstart, which pages test for touch, as on Android
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

    // Firefox has no per-page colour-scheme emulation over BiDi: set the content override pref with privileged
    // code, pages opened after it follow it. Newer Firefox runs it in the browser's chrome context (allowed by
    // --remote-allow-system-access); Firefox ESR 140 has no chrome scope over BiDi, so there it runs in an
    // about:config tab, whose page has the same Services object.
    let scheme;
    let prefsTab;
    async function privileged(expression) {
      const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      const context = tree.result.contexts[0]?.context;
      const { result } = await browser.connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
      if (result.type === 'success') return result;
      if (!prefsTab) {
        prefsTab = await browser.newPage();
        prefsTab.goto('about:config').catch(() => {}); // about: pages never report that they loaded over BiDi
        const started = Date.now();
        while (!(await prefsTab.evaluate(() => typeof Services === 'object').catch(() => false))) {
          if (Date.now() - started > 10_000) throw new Error('about:config did not load');
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await prefsTab.evaluate(expression); // a string, so no eval() in the page (its CSP forbids that)
      return { type: 'success' };
    }
    async function useColorScheme(want) {
      if (want === scheme) return;
      const pref = "'layout.css.prefers-color-scheme.content-override'";
      const expression = want ? `Services.prefs.setIntPref(${pref}, ${want === 'dark' ? 0 : 1})` : `Services.prefs.clearUserPref(${pref})`;
      const result = await privileged(expression);
      if (result.type !== 'success') throw new Error(`could not set the colour scheme to ${want}: ${JSON.stringify(result)}`);
      scheme = want;
    }

    // A phone: the pointer media features of a touch screen ((pointer: coarse), (hover: none)),
    // through prefs as for the colour scheme: Firefox ESR's BiDi has no touch or media-feature emulation.
    let phone = false;
    async function usePhone(want) {
      if (want === phone) return;
      const prefs = { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 };
      const set = Object.entries(prefs).map(([k, v]) => (want ? `Services.prefs.setIntPref('${k}', ${v})` : `Services.prefs.clearUserPref('${k}')`));
      const result = await privileged(set.join(';'));
      if (result.type !== 'success') throw new Error(`could not ${want ? 'emulate' : 'stop emulating'} a phone: ${JSON.stringify(result)}`);
      phone = want;
    }
    async function newPage({ colorScheme, phone: asPhone = false }) {
      await useColorScheme(colorScheme);
      await usePhone(asPhone);
      const page = await browser.newPage();
      // BiDi's own browsingContext.setViewport: puppeteer's setViewport also sends a screen-orientation command ESR lacks.
      if (asPhone) await page.mainFrame().browsingContext.setViewport({ viewport: PHONE_VIEWPORT });
      return page;
    }

    async function openPage(url, { colorScheme, loaded = true, phone: asPhone } = {}) {
      const page = await newPage({ colorScheme, phone: asPhone });
      if (loaded) await page.goto(url);
      else {
        // A page that never finishes loading: start it, then wait for its address only.
        page.goto(url).catch(() => {});
        await new FirefoxPage({ page, url }).waitFor((u) => location.href === u, url, { what: `${url} to start loading` });
      }
      return Object.assign(new FirefoxPage({ page, url }), { phone: !!asPhone });
    }

    async function openExtensionPage(path, { colorScheme, phone: asPhone } = {}) {
      const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
      const page = await newPage({ colorScheme, phone: asPhone });
      // Navigation to moz-extension:// never reports completion over BiDi: start it, then poll the DOM.
      page.goto(url).catch(() => {});
      const handle = Object.assign(new FirefoxPage({ page, url }), { phone: !!asPhone });
      await handle.waitFor((u) => location.href === u && document.readyState === 'complete', url, { what: `${url} to load` });
      return handle;
    }

    return {
      name: 'firefox',
      extensionOrigin,
      canEmulateColorScheme: true,
      openPage,
      openExtensionPage,
      async openPopup(url, options = {}) {
        const tab = await openPage(url, options);
        // A reader looks at the page a moment before clicking: the bench waits `lookMs` there.
        if (options.lookMs) await new Promise((resolve) => setTimeout(resolve, options.lookMs));
        const popup = await openExtensionPage(`popup.html?target=${encodeURIComponent(url)}`, options);
        popup.companions = [tab.page];
        popup.tab = tab; // the article's own tab, for flows that check what the popup did to the page
        return popup;
      },
      async close() {
        await browser.close().catch(() => {});
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
