#!/usr/bin/env node
// `npm test`: type check, unit tests, then end-to-end tests in the Chromium/Firefox found on this machine.
// CAVEAT_E2E=required: a missing browser fails the run. CAVEAT_E2E=skip: no end-to-end tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTALL_HINT, findChromium, findFirefox } from './find-browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');
const E2E = process.env.CAVEAT_E2E ?? 'auto';
const scratch = mkdtempSync(join(tmpdir(), 'caveat-test-'));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const steps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

/** One named, timed step; `count` turns its outcome into test counts. */
async function step(name, body, count) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const code = await body();
  const ms = Date.now() - started;
  const counted = count?.(code) ?? (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  for (const k of Object.keys(totals)) totals[k] += counted[k] ?? 0;
  const outcome = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  steps.push(`${name}: ${outcome} in ${seconds(ms)}`);
  console.log(`◀ ${name}: ${outcome} in ${seconds(ms)}`);
  return code === 0;
}

function readCounts(file, map) {
  try {
    return map(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

await step('typecheck (tsc --noEmit)', () => run(join(BIN, 'tsc'), ['--noEmit']));

const vitestJson = join(scratch, 'vitest.json');
await step(
  'unit tests (vitest run)',
  () => run(join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]),
  (code) =>
    readCounts(vitestJson, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0), skipped: r.numPendingTests + r.numTodoTests })) ??
    { passed: 0, failed: 1 },
);

if (E2E === 'skip') {
  steps.push('end-to-end: skipped (CAVEAT_E2E=skip)');
  console.log('\nend-to-end tests skipped (CAVEAT_E2E=skip)');
} else {
  const found = { chromium: findChromium(), firefox: findFirefox() };
  for (const [name, path] of Object.entries(found)) {
    console.log(path ? `${name}: ${path}` : `${name}: not found — ${E2E === 'required' ? 'a failure (CAVEAT_E2E=required)' : 'its end-to-end tests are skipped'}; install with: ${INSTALL_HINT}`);
  }
  const targets = [found.chromium && ['build'], found.firefox && ['build', '-b', 'firefox']].filter(Boolean);
  let built = true;
  if (targets.length) {
    built = await step('e2e build (CAVEAT_E2E_BUILD=1 wxt build → .output-e2e/)', async () => {
      for (const args of targets) {
        const code = await run(join(BIN, 'wxt'), args, { CAVEAT_E2E_BUILD: '1' });
        if (code !== 0) return code;
      }
      return 0;
    });
  }
  const e2eJson = join(scratch, 'e2e.json');
  if (built && (targets.length || E2E === 'required')) {
    await step(
      'end-to-end tests (tests/e2e/run.mjs)',
      () => run(process.execPath, [join(ROOT, 'tests', 'e2e', 'run.mjs'), '--no-build', `--summary-file=${e2eJson}`]),
      (code) => readCounts(e2eJson, (r) => r) ?? { passed: 0, failed: 1 },
    );
  } else if (!targets.length) {
    steps.push(`end-to-end: skipped (no browser found; install with: ${INSTALL_HINT})`);
  }
}

rmSync(scratch, { recursive: true, force: true });
console.log('\nSummary');
for (const line of steps) console.log(`  ${line}`);
const failedSteps = steps.filter((line) => line.includes('FAILED')).length;
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedSteps > 0 || totals.failed > 0 ? 1 : 0);
