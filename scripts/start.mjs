#!/usr/bin/env node
// `npm start`: WXT dev mode in a real browser, opened on the bundled sample story served from 127.0.0.1.
//   npm start                 Chromium/Chrome when found, else Firefox
//   npm start -- --firefox    Firefox
// Ctrl+C stops the browser, the dev server and the page server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { INSTALL_HINT, findChromium, findFirefox } from './find-browsers.mjs';
import { startServer } from '../tests/e2e/harness/server.mjs';

const wantFirefox = process.argv.includes('--firefox');
const chromium = wantFirefox ? null : findChromium();
const firefox = chromium ? null : findFirefox();

if (!chromium && !firefox) {
  console.error(wantFirefox ? 'No Firefox found.' : 'No Chromium, Chrome or Firefox found.');
  console.error(`Install one, e.g. on Debian/Ubuntu: ${INSTALL_HINT}`);
  console.error('Or point CAVEAT_CHROMIUM / CAVEAT_FIREFOX at a browser binary.');
  process.exit(1);
}

// A visible browser needs a display; without one the browser quits at once and the dev server only says "CDP connection closed".
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display: npm start opens a visible browser, and this session has none (DISPLAY is not set).');
  console.error('Run it from a desktop session, or on a server with a virtual display: xvfb-run -a npm start');
  console.error('The tests need no display: npm test');
  process.exit(1);
}

const pages = await startServer();
const startUrl = pages.url('/car-t-memory-cells.html');
const [target, binary] = chromium ? ['chrome', chromium] : ['firefox', firefox];

// The dev server runs in its own process group, so the terminal's Ctrl+C reaches only us:
// we then stop it in order (browser first, then Vite and esbuild) instead of everything dying at once.
// Its stdin is a pipe we keep open, because Vite exits when stdin ends.
const dev = spawn(process.execPath, [fileURLToPath(new URL('./dev-server.mjs', import.meta.url)), target, binary, startUrl], {
  detached: true,
  stdio: ['pipe', 'inherit', 'inherit', 'ipc'],
});
dev.on('message', (message) => {
  if (message !== 'ready') return;
  console.log(`\nCaveat is running in ${target === 'firefox' ? 'Firefox' : 'Chromium'} (${binary}) on the sample story:`);
  console.log(`  ${startUrl}`);
  console.log("Click Caveat's toolbar button to read it. Edits reload the extension. Ctrl+C stops everything.");
});
process.stdin.pipe(dev.stdin); // WXT's "o + enter" reopens the browser

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: closing the browser and servers…`);
  if (dev.connected) dev.send('stop');
  else dev.kill('SIGINT');
  // A dev server that hangs on shutdown is ended after a grace period.
  setTimeout(() => dev.kill('SIGKILL'), 15_000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGHUP', () => stop('SIGHUP')); // the terminal was closed

dev.on('exit', async (code, signal) => {
  await pages.close();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
