#!/usr/bin/env node
// What the reader waits for: the popup, cold, in real Chromium and Firefox, over the corpus's HTML pages.
//   npm run bench [-- --no-build] [--browser=chromium|firefox]… [--rounds=3] [--dir=../shared/corpus/pages] [--per-page] [--against=DIR]…
//                 [--preread | --preread=on] [--look=500]
// Builds the e2e variant (as `npm run test:e2e` does), serves each page on 127.0.0.1, opens it in a tab, then opens
// a fresh popup page for it, and reads the popup's own performance marks: time from the popup opening (its
// navigation start) to the verdict painted and to the whole popup painted, plus every other `caveat:` mark.
// One untimed popup first, so the browser's own start is not counted. Prints figures; never fails on them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT, startServer } from '../tests/e2e/harness/server.mjs';
import { BROWSERS, buildE2E } from '../tests/e2e/harness/session.mjs';

const args = process.argv.slice(2);
const option = (key) => args.filter((a) => a.startsWith(`--${key}=`)).map((a) => a.slice(key.length + 3));
const rounds = Number(option('rounds')[0] ?? 3);
const dir = option('dir')[0] ?? join(ROOT, '..', 'shared', 'corpus', 'pages');
const wantedBrowsers = option('browser');
const perPage = args.includes('--per-page');
// Other builds (their .output-e2e folder, copied aside) timed beside this one, page by page in turn: on a busy machine
// the load changes from minute to minute, and only figures taken a moment apart compare.
const against = option('against');
// --preread: one more session of this build, with "Read stories as pages load" turned on (the options page), timed
// page by page beside the others; --preread=on turns it on in every session instead (this build against another,
// both reading pages as they load). Every session then waits --look ms on the page before the popup opens, as a
// reader would.
const preread = args.includes('--preread');
const prereadAll = option('preread')[0] === 'on';
const lookMs = Number(option('look')[0] ?? (preread || prereadAll ? 500 : 0));
const VERDICT = 'caveat:verdict-painted';
const POPUP = 'caveat:popup-painted';

if (!existsSync(dir)) {
  console.error(`bench: no pages at ${dir} (pass --dir=…)`);
  process.exit(1);
}
// The HTML pages only: the corpus's text-only stories have no page a reader would open.
const pages = readdirSync(dir)
  .filter((f) => /\.html(\.gz)?$/.test(f))
  .sort()
  .map((file) => {
    const raw = readFileSync(join(dir, file));
    return { name: file.replace(/\.gz$/, ''), html: file.endsWith('.gz') ? gunzipSync(raw) : raw };
  });
const routes = Object.fromEntries(
  pages.map((p) => [
    `/corpus/${p.name}`,
    (_req, res) => {
      // The page's own scripts and remote files stay off: they would reach the internet and load the CPU the popup needs.
      const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': csp });
      res.end(p.html);
    },
  ]),
);

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const at = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => `${Math.round(x)}`.padStart(5);
const spread = (xs) => `median ${ms(at(xs, 0.5))} ms   p25–p75 ${ms(at(xs, 0.25))}–${ms(at(xs, 0.75))}   min–max ${ms(at(xs, 0))}–${ms(at(xs, 1))}   (n=${xs.length})`;

function build(browser) {
  console.error(`  … ${browser.name}: built in ${(buildE2E(browser.name) / 1000).toFixed(1)} s`);
}

/** Opens a fresh popup for `url`; resolves to its `caveat:` marks (ms from the popup opening), or null when it shows no verdict. */
async function timePopup(session, url) {
  const popup = await session.openPopup(url, { lookMs });
  try {
    return await popup.waitFor(
      ([verdict, whole]) => {
        const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('caveat:')).map((m) => [m.name, m.startTime]));
        if (marks[verdict] !== undefined && marks[whole] !== undefined) {
          // The steps before the popup's own code runs: its page fetched and parsed.
          const nav = performance.getEntriesByType('navigation')[0];
          if (nav) Object.assign(marks, { 'page:html-fetched': nav.responseEnd, 'page:dom-interactive': nav.domInteractive, 'page:dom-content-loaded': nav.domContentLoadedEventEnd });
          return marks;
        }
        const settled = document.querySelector('main[aria-busy="false"]') && !document.querySelector('[data-testid="research-verdict"]');
        return settled ? { none: true } : null;
      },
      [VERDICT, POPUP],
      { interval: 50, what: 'the popup to paint its verdict' },
    );
  } finally {
    await popup.close();
  }
}

/** Times every page `rounds` times in each session, the sessions taking turns page by page (the first one alternating). */
async function measure(sessions, browserName) {
  const runs = sessions.map(() => ({ samples: {}, byPage: {}, noVerdict: new Set(), verdicts: [] }));
  for (const session of sessions) await timePopup(session, server.url(`/corpus/${pages[0].name}`));
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      const order = sessions.map((_, i) => i);
      if (turn++ % 2) order.reverse();
      for (const i of order) {
        const run = runs[i];
        const marks = await timePopup(sessions[i], server.url(`/corpus/${page.name}`)).catch((error) => {
          console.error(`  … ${browserName}: ${page.name}: ${error.message.split('\n')[0]}`);
          return { none: true };
        });
        run.verdicts.push(marks.none ? undefined : marks[VERDICT]);
        if (marks.none) {
          run.noVerdict.add(page.name);
          continue;
        }
        for (const [name, t] of Object.entries(marks)) (run.samples[name] ??= []).push(t);
        (run.byPage[page.name] ??= []).push(marks[VERDICT]);
      }
    }
  }
  return runs;
}

function report({ samples, byPage, noVerdict }) {
  console.log(`  verdict painted   ${spread(samples[VERDICT] ?? [])}`);
  console.log(`  popup painted     ${spread(samples[POPUP] ?? [])}`);
  const others = Object.keys(samples).filter((n) => n !== VERDICT && n !== POPUP);
  for (const name of others.sort((a, b) => at(samples[a], 0.5) - at(samples[b], 0.5))) console.log(`    ${name.padEnd(28)} median ${ms(at(samples[name], 0.5))} ms`);
  if (noVerdict.size) console.log(`  no verdict (not read as an article, or failed): ${[...noVerdict].join(', ')}`);
  if (perPage) for (const [name, xs] of Object.entries(byPage)) console.log(`    ${name.padEnd(40)} verdict median ${ms(at(xs, 0.5))} ms`);
}

/** What the i-th session is, for the report. */
function label(i) {
  if (i === 0) return `${against.length || preread ? ', this build' : ''}${prereadAll ? ', reading stories as pages load' : ''}`;
  return i <= against.length ? ` --against ${against[i - 1]}` : ' with "Read stories as pages load" on';
}

/** Turns the setting on in the session's options page and waits for the script's registration. */
async function turnOnPreread(session) {
  const options = await session.openExtensionPage('options.html');
  try {
    await options.waitFor(() => document.querySelector('[data-testid="preread-toggle"]')?.disabled === false, undefined, { what: 'the settings page' });
    await options.clickTestId('preread-toggle');
    await options.waitFor(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.some((x) => x.id === 'caveat-pre-read')), undefined, { what: 'the pre-read script registered' });
  } finally {
    await options.close();
  }
}

const server = await startServer({ routes });
try {
  console.log(`Popup opening → painted, cold (a fresh popup page per story), ${pages.length} HTML pages × ${rounds} rounds${lookMs ? `, the popup opened ${lookMs} ms after the page loaded` : ''}`);
  for (const browser of BROWSERS) {
    if (wantedBrowsers.length && !wantedBrowsers.includes(browser.name)) continue;
    const executablePath = browser.find();
    if (!executablePath) {
      console.log(`${browser.name}: not installed, skipped`);
      continue;
    }
    if (!args.includes('--no-build')) build(browser);
    const dirs = [browser.extensionDir, ...against.map((dir) => join(dir, basename(browser.extensionDir)))];
    const sessions = [];
    try {
      if (preread) dirs.push(browser.extensionDir);
      for (const extensionDir of dirs) sessions.push(await browser.launch({ executablePath, extensionDir }));
      if (preread) await turnOnPreread(sessions.at(-1));
      if (prereadAll) for (const session of sessions) await turnOnPreread(session);
      const runs = await measure(sessions, browser.name);
      for (const [i, run] of runs.entries()) {
        console.log(`\n${browser.name} (${executablePath})${label(i)}`);
        report(run);
      }
      for (const [i, run] of runs.slice(1).entries()) {
        // Page by page, a moment apart: what the other build took more (+) or less (-) than this one.
        const diffs = run.verdicts.map((v, k) => v - runs[0].verdicts[k]).filter((d) => Number.isFinite(d));
        console.log(`\n  verdict,${label(i + 1)} minus this build, the same page a moment apart: ${spread(diffs).replace(/min–max.*?\(/, '(')}`);
      }
    } finally {
      for (const session of sessions) await session.close();
    }
  }
} finally {
  await server.close();
}
