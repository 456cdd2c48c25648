// Speed of each step over real pages, as fractions of Readability's own parse time (median).
//   npm run bench [-- --dir ../shared/corpus/pages] [--runs 5]
// Reads .html, .html.gz and .txt pages (a .txt story is wrapped as the eval does); prints figures, asserts nothing.
// Each step is timed warm and after a collection (npm run bench passes --expose-gc), so it pays for its own garbage only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { glossaryText as textForGlossary } from '../lib/analysis';
import { createResearchAnalyzer } from '../lib/analysis/research';
import { findSources } from '../lib/analysis/sources';
import { extractArticle } from '../lib/extract';
import { ALL_ENTRIES, createGlossaryMatcher } from '../lib/glossary';
import { parseHtml } from '../lib/cli/parse-html';
import { FIXTURES_DIR } from '../tests/support/fixtures';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(opt('--runs', '5'));
const corpus = join(import.meta.dirname, '../../shared/corpus/pages');
const dir = opt('--dir', existsSync(corpus) ? corpus : FIXTURES_DIR);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function load(path: string): string {
  if (path.endsWith('.gz')) return gunzipSync(readFileSync(path)).toString('utf8');
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.txt')) return raw;
  const [title, ...rest] = raw.split('\n');
  const paras = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<html><head><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
}
function pages(root: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(root, { withFileTypes: true })) {
    const p = join(root, e.name);
    if (e.isDirectory()) out.push(...pages(p));
    else if (/\.(html|html\.gz|txt)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}
/** Median time of `runs` calls, in ms. */
// With --expose-gc, a collection before each step keeps the garbage of the step before (a parsed page) out of its time;
// one untimed run after it warms every step alike.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
function time(fn: () => unknown): number {
  collect();
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Row = { readability: number; extract: number; research: number; sources: number; glossary: number; words: number; html: boolean };
const allRows: Row[] = [];
const matcher = createGlossaryMatcher(ALL_ENTRIES); // built once; not part of per-page cost
const research = createResearchAnalyzer();
for (const file of pages(dir)) {
  const html = load(file);
  const { document, close } = parseHtml(html, 'https://bench.example/story');
  const readability = time(() => new Readability(document.cloneNode(true) as Document).parse());
  let result = extractArticle(document);
  const extract = time(() => (result = extractArticle(document)));
  // Closing is asynchronous: without awaiting it, every page's window stays alive until the end (GBs).
  await close();
  if (!result.ok) continue;
  const a = result.article;
  const glossaryText = textForGlossary(a); // as analyze() builds it
  allRows.push({
    html: !file.endsWith('.txt'),
    readability,
    extract,
    research: time(() => research.analyze(a)),
    sources: time(() => findSources(a)),
    glossary: time(() => matcher.find(glossaryText)),
    words: a.wordCount,
  });
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
// Text-only stories are wrapped in a bare page where Readability has almost nothing to do,
// so the ratio is reported for real HTML pages and for all pages separately.
function report(label: string, rows: Row[]): void {
  if (!rows.length) return;
  const ratio = (k: 'extract' | 'research' | 'sources' | 'glossary') => median(rows.map((r) => r[k] / r.readability));
  const ms = (k: keyof Row) => median(rows.map((r) => Number(r[k]))).toFixed(2);
  console.log(`\n${label}: ${rows.length} pages · median words ${median(rows.map((r) => r.words))}`);
  console.log(`  Readability parse    median ${ms('readability')} ms`);
  console.log(`  extractArticle       median ${ms('extract')} ms (${pct(ratio('extract'))} of Readability: includes it)`);
  console.log(`  research analysis    median ${ms('research')} ms · ${pct(ratio('research'))} of Readability (target ≤ 10%)`);
  console.log(`  sources              median ${ms('sources')} ms · ${pct(ratio('sources'))} of Readability`);
  console.log(`  glossary matching    median ${ms('glossary')} ms · ${pct(ratio('glossary'))} of Readability (target < 5%)`);
  const within = (k: 'research' | 'glossary', limit: number) => rows.filter((r) => r[k] / r.readability <= limit).length;
  const worst = (k: 'research' | 'glossary') => pct(Math.max(...rows.map((r) => r[k] / r.readability)));
  console.log(`  within target        research ${within('research', 0.1)}/${rows.length} (worst ${worst('research')}) · glossary ${within('glossary', 0.05)}/${rows.length} (worst ${worst('glossary')})`);
}
console.log(`${allRows.length} pages from ${dir} · median of ${runs} runs each`);
report('HTML pages', allRows.filter((r) => r.html));
report('text stories wrapped in a bare page', allRows.filter((r) => !r.html));
report('all pages', allRows);
const heap = process.memoryUsage();
console.log(`memory: heap used ${(heap.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(heap.rss / 2 ** 20).toFixed(0)} MB`);
