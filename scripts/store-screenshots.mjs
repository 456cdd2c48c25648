#!/usr/bin/env node
// Store screenshots of the popup, the reader and the library, light and dark, at the Chrome Web Store's 1280×800.
//   npm run screenshots [-- --no-build] [--out=.output/store-screenshots]
// Builds the e2e variant (the same pages; it may read 127.0.0.1), serves the bundled sample story and three other
// fixture stories on 127.0.0.1 (no network), saves them to the reading list in real Chromium, then takes
// popup-light.png, popup-dark.png, reader-…, library-…. The popup is shown as Chrome shows it: 420 px wide and at
// most 600 px tall, over the top right of its story.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { launchChromium } from '../tests/e2e/harness/chromium.mjs';
import { ROOT, startServer } from '../tests/e2e/harness/server.mjs';
import { buildE2E, E2E_OUTPUT } from '../tests/e2e/harness/session.mjs';

const args = process.argv.slice(2);
const out = args.find((a) => a.startsWith('--out='))?.slice(6) ?? join(ROOT, '.output', 'store-screenshots');
const STORE = { width: 1280, height: 800 };
const POPUP = { width: 420, height: 600 };
const SAMPLE = '/car-t-memory-cells.html';
/** The sample story last, so it leads the library's newest-first list. */
const STORIES = ['/claims-walking-cohort.html', '/claims-coffee-cohort.html', '/vague-study.html', SAMPLE];

const executablePath = findChromium();
if (!executablePath) {
  console.error(`screenshots: no Chromium found (install: ${INSTALL_HINT})`);
  process.exit(1);
}
if (!args.includes('--no-build')) buildE2E('chromium');
mkdirSync(out, { recursive: true });

const server = await startServer();
const session = await launchChromium({ executablePath, extensionDir: join(E2E_OUTPUT, 'chrome-mv3') });

/** Saves a story through the popup, as a reader would. */
async function save(path) {
  const popup = await session.openPopup(server.url(path));
  try {
    await popup.waitForSettled();
    await popup.waitFor(() => !document.querySelector('[data-testid="save-button"]')?.disabled, undefined, { what: 'the save button' });
    await popup.clickTestId('save-button');
    await popup.waitForTestId('save-state');
  } finally {
    await popup.close();
  }
}

/** The popup over the top right of its story, as the toolbar button opens it. */
async function popupShot(colorScheme, file) {
  const popup = await session.openPopup(server.url(SAMPLE), { colorScheme });
  try {
    await popup.page.setViewportSize(POPUP);
    await popup.waitForSettled();
    await popup.evaluate(() => document.fonts.ready.then(() => true));
    const png = await popup.page.screenshot({ clip: { x: 0, y: 0, ...POPUP } });
    const tab = popup.tab.page;
    await tab.emulateMedia({ colorScheme });
    await tab.setViewportSize(STORE);
    await tab.evaluate((src) => {
      const img = document.createElement('img');
      img.src = src;
      img.alt = '';
      img.style.cssText = 'position:fixed;top:6px;right:16px;width:420px;height:600px;z-index:2147483647;border-radius:8px;border:1px solid #9aa0a6;box-shadow:0 10px 36px rgb(0 0 0 / 0.4)';
      document.body.append(img);
      return img.decode().then(() => true);
    }, `data:image/png;base64,${png.toString('base64')}`);
    await tab.screenshot({ path: file });
  } finally {
    await popup.close();
  }
}

/** An extension page at the store's size; `prepare` runs in the page before the picture. */
async function pageShot(path, colorScheme, file, ready, prepare) {
  const page = await session.openExtensionPage(path, { colorScheme });
  try {
    await page.page.setViewportSize(STORE);
    await page.waitFor(ready, undefined, { what: `${path} to be ready` });
    await prepare?.(page);
    await page.page.screenshot({ path: file });
  } finally {
    await page.close();
  }
}

try {
  for (const path of STORIES) await save(path);
  const library = await session.openExtensionPage('library.html');
  const readerPath = await library.waitFor(
    () => document.querySelector('[data-testid="story-row"] [data-testid="story-title"]')?.getAttribute('href'),
    undefined,
    { what: 'the saved stories' },
  );
  await library.close();
  const shots = [];
  for (const scheme of ['light', 'dark']) {
    const file = (what) => join(out, `${what}-${scheme}.png`);
    await popupShot(scheme, file('popup'));
    await pageShot('library.html', scheme, file('library'), () => document.querySelectorAll('[data-testid="story-row"]').length >= 4);
    // The reader with one glossary word's definition open, under the mouse.
    await pageShot(readerPath, scheme, file('reader'), () => !!document.querySelector('dfn.caveat-term'), (page) => page.page.hover('[data-testid="reader-body"] dfn.caveat-term'));
    shots.push(file('popup'), file('library'), file('reader'));
  }
  // The Chrome Web Store takes 1280×800 PNGs without an alpha channel (PNG colour type 2: 24-bit RGB).
  for (const s of shots) {
    const png = readFileSync(s);
    const [width, height, colourType] = [png.readUInt32BE(16), png.readUInt32BE(20), png[25]];
    if (width !== STORE.width || height !== STORE.height || colourType !== 2) throw new Error(`${s} is ${width}×${height}, PNG colour type ${colourType}`);
  }
  console.log(`store screenshots (${STORE.width}×${STORE.height}, 24-bit PNG), in ${out}:`);
  for (const s of shots) console.log(`  ${s}`);
} finally {
  await session.close();
  await server.close();
}
