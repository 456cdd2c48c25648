#!/usr/bin/env node
// WXT dev mode for `npm start` (scripts/start.mjs runs this in its own process group, see there).
//   node scripts/dev-server.mjs chrome|firefox BROWSER_BINARY START_URL
// A 'stop' message (or the parent going away): close the browser through web-ext, remove its profile, exit.
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'wxt';

const [target, binary, startUrl] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(target) || !binary || !startUrl) {
  console.error('usage: node scripts/dev-server.mjs chrome|firefox BROWSER_BINARY START_URL');
  process.exit(2);
}

/** web-ext's temporary profiles carry our pid; sweep any it could not remove (a few times: a closing browser may still write). */
async function removeLeftProfiles() {
  const prefix = `tmp-web-ext--${process.pid}-`;
  for (let round = 0; round < 4; round++) {
    for (const name of readdirSync(tmpdir())) {
      if (name.startsWith(prefix)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let server;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Vite exits at once when stdin ends (our parent gone); stop reading it so the browser is closed first.
  process.stdin.destroy();
  await server?.stop().catch((error) => console.error(error?.message ?? error));
  await removeLeftProfiles();
  process.exit(0);
}
// Our parent asks by message, not by signal: chrome-launcher answers SIGINT by exiting at once, leaving the profile behind.
process.on('message', (message) => message === 'stop' && void stop());
process.on('disconnect', () => void stop());
process.on('SIGINT', () => void stop());

server = await createServer({
  browser: target,
  webExt: {
    startUrls: [startUrl],
    binaries: { [target]: binary },
    // Chromium refuses to start as root without this (containers, CI boxes).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
if (!stopping) await server.start();
if (stopping) await server.stop().catch(() => {});
else process.send?.('ready');
