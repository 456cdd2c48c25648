/** Pages that are no article though Readability would read them (tests and the end-to-end server share them). */
import { rng } from './story-gen';

const topics = ['memory T cells in mice', 'a memory T cell vaccine', 'T cells and memory', 'CAR-T memory cells', 'memory cells after infection', 'the memory of T cells', 'T cell memory in old age', 'memory T cells and HIV'];

/** A search engine's results for "memory t cells": short linked entries, each with a snippet naming the words. */
export function searchResultsPage(): string {
  const results = topics
    .map(
      (topic, i) =>
        `<li class="result"><h3><a href="https://site${i}.example/news/${i}">${topic}: what the new study found</a></h3><cite>site${i}.example › news</cite><p>${i + 2} days ago … Researchers describe ${topic} and how long they last …</p></li>`,
    )
    .join('\n');
  return `<!doctype html><html><head><title>memory t cells - Search</title></head><body><form role="search"><input type="search" name="q" value="memory t cells"><button>Search</button></form><main><ol class="results">${results}</ol></main></body></html>`;
}

/** `n` bytes that look like nothing (seeded), as a file served under a .html name would hold. */
export function randomBytes(n: number, seed = 7): Uint8Array {
  const r = rng(seed);
  return Uint8Array.from({ length: n }, () => r.int(0, 255));
}

/** A PNG's signature and chunk names around compressed (random-looking) data. */
export function pngBytes(n = 30_000): Uint8Array {
  const head = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0, 0, 0, 2, 0, 8, 6, 0, 0, 0];
  const out = new Uint8Array(n);
  out.set(head);
  out.set(randomBytes(n - head.length, 11), head.length);
  return out;
}

/** An API's JSON answer: words in plenty, but a data document, not a story. */
export function jsonDocument(): string {
  return JSON.stringify({ query: 'vaccine', total: 40, items: Array.from({ length: 40 }, (_, i) => ({ id: i, title: `Vaccine trial update ${i}`, summary: 'Researchers gave the vaccine to volunteers and measured their antibodies over six months.', tags: ['vaccines', 'trials'] })) }, null, 2);
}

/** One "word" of 300,000 characters (with marks inside, so a naive word count finds thousands). */
export function endlessWordPage(): string {
  return `<!doctype html><html><head><title>Word</title></head><body><article><h1>Word</h1><p>${'abc!d'.repeat(60_000)}</p></article></body></html>`;
}
