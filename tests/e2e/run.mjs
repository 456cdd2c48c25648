#!/usr/bin/env node
// End-to-end runner: every flow in flows/ against the built extension in real Chromium and Firefox.
//   node tests/e2e/run.mjs [--no-build] [--browser=chromium|firefox]… [--flow=TEXT] [--summary-file=FILE]
// CAVEAT_E2E=required turns a missing browser into a failure instead of a skip.
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INSTALL_HINT } from '../../scripts/find-browsers.mjs';
import { Skip } from './harness/handle.mjs';
import { startPaperApi } from '../support/paper-api/server.mjs';
import { startServer } from './harness/server.mjs';
import { BROWSERS, buildE2E, extensionBuilt } from './harness/session.mjs';

const FLOWS_DIR = fileURLToPath(new URL('./flows/', import.meta.url));
const LAUNCH_TIMEOUT_MS = 60_000;
const FLOW_TIMEOUT_MS = 90_000;

const args = process.argv.slice(2);
const option = (key) => args.filter((a) => a.startsWith(`--${key}=`)).map((a) => a.slice(key.length + 3));
const wantedBrowsers = option('browser');
const flowFilter = option('flow')[0];
const summaryFile = option('summary-file')[0];
const build = !args.includes('--no-build');
const required = process.env.CAVEAT_E2E === 'required';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${seconds(ms)}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Each flow file exports `name` and `run(session, ctx)`; see flows/README.md. */
async function loadFlows() {
  const files = (await readdir(FLOWS_DIR)).filter((f) => f.endsWith('.mjs')).sort();
  const flows = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(FLOWS_DIR, file)).href);
    if (typeof mod.run !== 'function') throw new Error(`flows/${file} exports no run(session, ctx)`);
    const flow = { file, name: mod.name ?? file, run: mod.run, browsers: mod.browsers };
    if (!flowFilter || file.includes(flowFilter) || flow.name.includes(flowFilter)) flows.push(flow);
  }
  return flows;
}

function buildExtension(browser) {
  console.log(`${browser.name}: built the e2e variant in ${seconds(buildE2E(browser.name))}`);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const perBrowser = [];

async function runBrowser(browser, flows, ctx) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const started = Date.now();
  const mine = flows.filter((f) => !f.browsers || f.browsers.includes(browser.name));
  const executablePath = browser.find();
  const finish = (note = '') => {
    for (const k of Object.keys(totals)) totals[k] += counts[k];
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    const line = `${browser.name}: ${counts.passed} passed, ${counts.failed} failed${skipped} (${seconds(Date.now() - started)})${note}`;
    perBrowser.push(line);
    console.log(line);
  };
  if (!executablePath) {
    if (required) counts.failed += mine.length;
    else counts.skipped += mine.length;
    console.log(`${browser.name}: ${required ? 'FAILED' : 'skipped'}: no ${browser.name} found (install: ${INSTALL_HINT})`);
    return finish(required ? ' [browser missing, CAVEAT_E2E=required]' : ' [browser not installed]');
  }
  let session;
  try {
    if (build || !extensionBuilt(browser)) buildExtension(browser);
    const launchStarted = Date.now();
    session = await withTimeout(browser.launch({ executablePath, extensionDir: browser.extensionDir }), LAUNCH_TIMEOUT_MS, `launching ${browser.name}`);
    console.log(`${browser.name}: launched ${executablePath} in ${seconds(Date.now() - launchStarted)} (${session.extensionOrigin})`);
  } catch (error) {
    counts.failed += mine.length;
    console.log(`${browser.name}: FAILED to start: ${error.stack ?? error}`);
    return finish(' [could not start]');
  }
  for (const flow of mine) {
    const flowStarted = Date.now();
    try {
      await withTimeout(flow.run(session, ctx), FLOW_TIMEOUT_MS, flow.name);
      counts.passed++;
      console.log(`  ✓ ${browser.name} › ${flow.name} (${seconds(Date.now() - flowStarted)})`);
    } catch (error) {
      if (error instanceof Skip) {
        counts.skipped++;
        console.log(`  - ${browser.name} › ${flow.name}: skipped: ${error.message}`);
      } else {
        counts.failed++;
        console.log(`  ✗ ${browser.name} › ${flow.name} (${seconds(Date.now() - flowStarted)})`);
        console.log(String(error.stack ?? error).replace(/^/gm, '      '));
      }
    }
  }
  await withTimeout(session.close(), 20_000, `closing ${browser.name}`).catch((error) => console.log(`${browser.name}: close: ${error.message}`));
  finish();
}

const flows = await loadFlows();
if (flows.length === 0) {
  console.log(`no flows match ${JSON.stringify(flowFilter)}`);
  process.exit(1);
}
const server = await startServer();
// The fake Crossref and Unpaywall on 127.0.0.2: a host the extension must ask for, as it asks for the real ones.
const paperApi = await startPaperApi({ host: '127.0.0.2' });
const ctx = { server, paperApi, assert };
try {
  for (const browser of BROWSERS) {
    if (wantedBrowsers.length && !wantedBrowsers.includes(browser.name)) continue;
    await runBrowser(browser, flows, ctx);
  }
} finally {
  await server.close();
  await paperApi.close();
}

console.log('');
for (const line of perBrowser) console.log(line);
if (summaryFile) await writeFile(summaryFile, JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
