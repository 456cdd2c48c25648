// Finds the browsers and the built extension, and launches one session per browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, findFirefox } from '../../../scripts/find-browsers.mjs';
import { ROOT } from './server.mjs';
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';

/**
 * @typedef {import('./handle.mjs').PageHandle} PageHandle
 * @typedef {object} Session
 * @property {'chromium' | 'firefox'} name
 * @property {string} extensionOrigin  chrome-extension://ID or moz-extension://UUID
 * @property {boolean} canEmulateColorScheme  whether openPage/openPopup honour { colorScheme }
 * @property {(url: string, options?: { colorScheme?: 'light' | 'dark' }) => Promise<PageHandle>} openPage  a web page in a new tab
 * @property {(path: string, options?: { colorScheme?: 'light' | 'dark' }) => Promise<PageHandle>} openExtensionPage  e.g. 'library.html'
 * @property {(url: string, options?: { colorScheme?: 'light' | 'dark', loaded?: boolean, lookMs?: number }) => Promise<PageHandle>} openPopup  opens `url` in a tab (waiting `lookMs` after it loads, if given), then the popup (as a page) reading that tab; the returned handle's `tab` is a PageHandle for that tab; `loaded: false` does not wait for the tab to finish loading
 * @property {() => Promise<void>} close
 */

/** Where `npm run build` puts the end-to-end variant (CAVEAT_E2E_BUILD=1, outDir .output-e2e). */
export const E2E_OUTPUT = join(ROOT, '.output-e2e');

export const BROWSERS = [
  { name: 'chromium', find: findChromium, extensionDir: join(E2E_OUTPUT, 'chrome-mv3'), launch: launchChromium },
  { name: 'firefox', find: findFirefox, extensionDir: join(E2E_OUTPUT, 'firefox-mv3'), launch: launchFirefox },
];

/** Builds the end-to-end variant for one browser ('chromium' | 'firefox'), with extra environment if given; throws on failure. */
export function buildE2E(name, env = {}) {
  const started = Date.now();
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), name === 'firefox' ? ['build', '-b', 'firefox'] : ['build'], {
    cwd: ROOT,
    env: { ...process.env, CAVEAT_E2E_BUILD: '1', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`e2e build for ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return Date.now() - started;
}

export function extensionBuilt(browser) {
  return existsSync(join(browser.extensionDir, 'manifest.json'));
}
