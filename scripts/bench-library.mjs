#!/usr/bin/env node
// Reading-list benchmark in real Chromium (Debian's /usr/bin/chromium via playwright-core, the e2e harness).
//   npm run bench:library [-- --no-build] [--small=1000] [--large=10000] [--saves=15] [--settle=10]
// Builds the e2e variant with the bench hook (CAVEAT_E2E_BUILD=1 WXT_CAVEAT_BENCH=1 → .output-e2e), opens the
// extension's library page and, through the page's own modules, fills synthetic stories in bulk transactions,
// then prints: save time per story (saveStory, median of single saves), search time for a word at the small
// and large size and their ratio, library first render with the large list, and database size. Figures only.
// Operations are timed in library.html#bare (no UI, so no live queries re-run beside them); saves are also timed
// with the library UI open, to show what its live queries add. After each bulk fill the database settles first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './find-browsers.mjs';
import { launchChromium } from '../tests/e2e/harness/chromium.mjs';
import { ROOT } from '../tests/e2e/harness/server.mjs';
import { BROWSERS } from '../tests/e2e/harness/session.mjs';

const args = process.argv.slice(2);
const opt = (key, fallback) => Number(args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3) ?? fallback);
const SMALL = opt('small', 1_000);
const LARGE = opt('large', 10_000);
const SAVES = opt('saves', 15);
const SETTLE_S = opt('settle', 10);
const RENDERS = 3;
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (line) => console.error(`  … ${line}`);

const executablePath = findChromium();
if (!executablePath) {
  console.error('bench-library: no Chromium found (Debian: apt-get install chromium)');
  process.exit(1);
}
const chrome = BROWSERS.find((b) => b.name === 'chromium');
if (!args.includes('--no-build')) {
  const started = Date.now();
  const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, CAVEAT_E2E_BUILD: '1', WXT_CAVEAT_BENCH: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) {
    console.error(built.stdout, built.stderr);
    process.exit(1);
  }
  log(`built the bench variant in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const session = await launchChromium({ executablePath, extensionDir: chrome.extensionDir });
const libraryUrl = `${session.extensionOrigin}/library.html`;
try {
  const handle = await session.openExtensionPage('library.html#bare');
  const page = handle.page;
  await page.waitForFunction(() => !!window.__caveatBench, null, { timeout: 30_000 }).catch(() => {
    throw new Error('no bench hook on the library page: build with WXT_CAVEAT_BENCH=1 (drop --no-build)');
  });
  const call = (fn, arg) => page.evaluate(fn, arg);
  await call(() => window.__caveatBench.clear());
  const words = await call(() => ({ needle: window.__caveatBench.needle, common: window.__caveatBench.commonWord, mid: window.__caveatBench.midWord }));

  async function measureAt() {
    const search = (params) => call((p) => window.__caveatBench.search(p), params);
    return {
      count: await call(() => window.__caveatBench.count()),
      word: await search({ query: words.needle }),
      prefix: await search({ query: words.needle.slice(0, 5) }),
      twoWords: await search({ query: `${words.mid} ${words.needle}` }),
      filtered: await search({ query: words.needle, studyType: 'animal', read: true }),
      commonWord: await search({ query: words.common }),
      filterOnly: await search({ studyType: 'animal' }),
      firstPage: await search({}),
      lastPage: await call(() => window.__caveatBench.lastPage()),
      usage: await call(() => window.__caveatBench.usage()),
    };
  }
  const saves = async (first, on = page) => median(await on.evaluate(([a, n]) => window.__caveatBench.saves(a, n), [first, SAVES]));
  const settle = () => new Promise((r) => setTimeout(r, SETTLE_S * 1000));

  const fillSmall = await call(([a, b]) => window.__caveatBench.fill(a, b), [0, SMALL]);
  log(`filled ${SMALL} in ${(fillSmall / 1000).toFixed(1)} s; settling ${SETTLE_S} s`);
  await settle();
  const small = await measureAt();
  const saveSmall = await saves(5_000_000);
  const fillLarge = await call(([a, b]) => window.__caveatBench.fill(a, b), [SMALL, LARGE]);
  log(`filled to ${LARGE} in ${(fillLarge / 1000).toFixed(1)} s more; settling ${SETTLE_S} s`);
  await settle();
  const large = await measureAt();
  const saveLarge = await saves(6_000_000);
  const fullPage = await call((w) => window.__caveatBench.searchFull({ query: w }), words.needle);
  await handle.close();

  // The same saves with the library UI open: its live queries re-run after each write.
  log(`large: ${JSON.stringify({ ...large, saveLarge, fullPage })}`);
  const ui = (await session.openExtensionPage('library.html')).page;
  let saveWithUi = NaN;
  try {
    await ui.waitForFunction(() => !!window.__caveatBench && !!document.querySelector('[data-testid="story-title"]'), null, { timeout: 180_000 });
    saveWithUi = await saves(7_000_000, ui);
  } catch (error) {
    log(`library UI did not show rows: ${error.message.split('\n')[0]}`);
  }
  await ui.close();

  // First render: navigation start → the first story rows seen in an animation frame (just before paint).
  const renders = [];
  for (let k = 0; k < RENDERS; k++) {
    const p = await session.openPage('about:blank').then((h) => h.page);
    await p.goto(libraryUrl, { waitUntil: 'commit' });
    renders.push(await (await p.waitForFunction(() => (document.querySelector('[data-testid="story-title"]') ? performance.now() : 0), null, { polling: 'raf', timeout: 60_000 })).jsonValue());
    await p.close();
  }

  const n = large.count;
  console.log(`Caveat reading list in real Chromium (${executablePath}), synthetic ~800-word stories`);
  console.log(`fill (bulk, 500 per transaction): ${ms(fillSmall / SMALL)} per story to ${SMALL}; ${ms(fillLarge / (LARGE - SMALL))} per story to ${LARGE}`);
  console.log(`save per story (saveStory with DOMPurify, median of ${SAVES} single saves, no UI): ${ms(saveSmall)} at ${small.count}, ${ms(saveLarge)} at ${n}`);
  console.log(`save per story with the library UI open (its live queries re-run per save): ${ms(saveWithUi)} at ${n + SAVES}`);
  const row = (label, key) => {
    const a = small[key];
    const b = large[key];
    const hits = a.total === undefined ? '' : ` (${a.total} → ${b.total} hits)`;
    const x = typeof a === 'number' ? a : a.ms;
    const y = typeof b === 'number' ? b : b.ms;
    console.log(`${label.padEnd(34)} ${ms(x).padStart(9)} at ${small.count}, ${ms(y).padStart(9)} at ${n}, ratio ${(y / x).toFixed(2)}${hits}`);
  };
  row(`search one word "${words.needle}"`, 'word');
  row(`  prefix "${words.needle.slice(0, 5)}"`, 'prefix');
  row('  two words (mid-frequency + rare)', 'twoWords');
  row('  word + study type + read filters', 'filtered');
  row(`  most common content word`, 'commonWord');
  row('  study-type filter only', 'filterOnly');
  row('  first page, no search', 'firstPage');
  row('  last page, no search (End key)', 'lastPage');
  console.log(`(searches read the small rows of a ${100}-row page, as the library does; 20 full records for the word at ${n}: ${ms(fullPage)})`);
  console.log(`library first render with ${n} stories (navigation → first rows painted, median of ${RENDERS}): ${ms(median(renders))} [${renders.map((r) => r.toFixed(0)).join(', ')}]`);
  console.log(`database size (navigator.storage.estimate usage): ${mb(small.usage)} at ${small.count} (${(small.usage / small.count / 1e3).toFixed(1)} kB per story), ${mb(large.usage)} at ${n} (${(large.usage / n / 1e3).toFixed(1)} kB per story)`);
} finally {
  await session.close();
}
