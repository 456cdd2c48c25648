#!/usr/bin/env node
// Bundle-size report: raw and gzip bytes of each entrypoint's JavaScript in a build.
//   node scripts/sizes.mjs [BUILD_DIR…]   (default: .output/chrome-mv3 and .output/firefox-mv3 when present)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['chrome-mv3', 'firefox-mv3'].map((d) => join(ROOT, '.output', d)).filter(existsSync);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const padStart = (s, n) => String(s).padStart(n);

function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(join(dir, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The scripts an HTML entrypoint loads: its module script and the chunks it preloads. */
function pageScripts(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(refs.map((r) => r.replace(/^\//, '')))].filter((f) => existsSync(join(dir, f)));
}

function allFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full, base) : [relative(base, full)];
  });
}

if (dirs.length === 0) {
  console.log('no build found: run `npm run build` (and `npm run build:firefox`) first');
  process.exit(1);
}

for (const dir of dirs) {
  const rows = [];
  const add = (name, files) => files.length && rows.push({ name, files, ...measure(dir, files) });
  add('page reader (injected)', ['read-page.js'].filter((f) => existsSync(join(dir, f))));
  add('background', ['background.js'].filter((f) => existsSync(join(dir, f))));
  for (const page of ['popup', 'library', 'reader']) {
    if (existsSync(join(dir, `${page}.html`))) add(`${page} (JS)`, pageScripts(dir, `${page}.html`));
  }
  // Loaded by the popup after its first paint, while the page is read (dynamic import).
  add('analysis chunk', readdirSync(join(dir, 'chunks')).filter((f) => /^analysis-.*\.js$/.test(f)).map((f) => `chunks/${f}`));
  add('glossary marks', ['glossary-marks.js'].filter((f) => existsSync(join(dir, f))));
  const everything = allFiles(dir);
  add('whole build', everything);
  console.log(`\n${relative(ROOT, dir) || dir}`);
  console.log(`  ${pad('part', 16)}${padStart('raw', 11)}${padStart('gzip', 11)}  files`);
  for (const row of rows) {
    const files = row.name === 'whole build' ? `${row.files.length} files` : row.files.join(', ');
    console.log(`  ${pad(row.name, 16)}${padStart(kb(row.raw), 11)}${padStart(kb(row.gzip), 11)}  ${files}`);
  }
}
