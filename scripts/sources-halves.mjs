#!/usr/bin/env node
// The labelled pages written for the sources work (scripts/sources-stories/<set>/), split in two halves by a hash of
// each story's id: a development half, whose misses may be read, and a held-out half, run only as totals.
//   node scripts/sources-halves.mjs [OUT_DIR]     → OUT_DIR/<set>-dev.jsonl and OUT_DIR/<set>-held.jsonl (default /tmp/sources-halves)
// then: node ../shared/tools/eval.mjs --labels OUT_DIR/de-held.jsonl
// (de2 was written after the first round and read whole: both its halves are development.)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, 'sources-stories');
const out = resolve(process.argv[2] ?? '/tmp/sources-halves');
mkdirSync(out, { recursive: true });
for (const set of readdirSync(root).sort()) {
  if (!existsSync(join(root, set, 'labels.jsonl'))) continue; // a set still being written
  const halves = { dev: [], held: [] };
  for (const line of readFileSync(join(root, set, 'labels.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    item.file = join(root, set, item.file);
    const odd = BigInt(`0x${createHash('md5').update(item.id).digest('hex')}`) % 2n === 1n;
    halves[odd ? 'held' : 'dev'].push(JSON.stringify(item));
  }
  for (const [half, lines] of Object.entries(halves)) writeFileSync(join(out, `${set}-${half}.jsonl`), `${lines.join('\n')}\n`);
  console.log(`${set}: ${halves.dev.length} development, ${halves.held.length} held out`);
}
