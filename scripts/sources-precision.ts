// Lists, per labelled corpus story, the institutions and researchers we report beyond the labels, to judge precision.
//   npx tsx scripts/sources-precision.ts            per-story extras and a summary
//   npx tsx scripts/sources-precision.ts --summary  the summary only
//   npx tsx scripts/sources-precision.ts --json F   also write {id: {institution: [...], researcher: [...]}} to F (to diff runs)
//   npx tsx scripts/sources-precision.ts --against F  print what changed per story since the run saved in F (with --summary: only that)
// Labels list at most six names, most important first, so an extra is not always wrong: read the list, don't just count it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../lib/analysis';
import { analyzeHtml } from '../lib/cli/load';
import { loadPage } from './corpus-pages';
import { ALL_ENTRIES, createGlossaryMatcher } from '../lib/glossary';

const analyzer = createAnalyzer();

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;

interface Label { id: string; file: string; url?: string; lang?: string; institutions?: string[]; researchers?: string[] }
const labels: Label[] = readdirSync(CORPUS)
  .filter((f) => /^labels.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Label));

const pageOf = (it: Label): string => loadPage(join(CORPUS, it.file), it.lang || 'en');

// The evaluation's forgiving comparison (case, leading "the", plural s, punctuation).
const norm = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim()
  .split(' ').map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)).join(' ');
const near = (a: string, b: string) => a === b || (a.length > 4 && b.length > 4 && (a.includes(b) || b.includes(a)));
const matchesInst = (gold: string[], name: string) => gold.some((g) => near(norm(g), norm(name)));
const matchesPerson = (gold: string[], name: string) => gold.some((g) => norm(name).split(' ').includes(norm(g).split(' ').pop()!));

const stats = { institution: { listed: [] as number[], extra: 0, hit: 0, gold: 0 }, researcher: { listed: [] as number[], extra: 0, hit: 0, gold: 0 } };
const dump: Record<string, Record<string, string[]>> = {};
const glossary = createGlossaryMatcher(ALL_ENTRIES);
for (const it of labels) {
  const out = analyzeHtml(pageOf(it), it.url || `https://example.org/${it.id}`, analyzer);
  if (!out.ok) continue;
  const lines: string[] = [];
  dump[it.id] = {};
  for (const kind of ['institution', 'researcher'] as const) {
    const gold = (kind === 'institution' ? it.institutions : it.researchers) ?? [];
    const listed = out.analysis.sources.filter((s) => s.kind === kind);
    const ok = kind === 'institution' ? matchesInst : matchesPerson;
    const extras = listed.filter((s) => !ok(gold, s.name ?? ''));
    const st = stats[kind];
    st.listed.push(listed.length);
    st.extra += extras.length;
    st.gold += gold.length;
    st.hit += gold.filter((g) => listed.some((s) => (kind === 'institution' ? matchesInst([g], s.name ?? '') : matchesPerson([g], s.name ?? '')))).length;
    dump[it.id][kind] = listed.map((s) => s.name + (s.role ? ` [${s.role}]` : ''));
    if (extras.length) lines.push(`  ${kind} ${listed.length} listed, ${extras.length} extra: ${extras.map((s) => s.name + (s.role ? ` [${s.role}]` : '')).join(' · ')}`);
  }
  if (!summaryOnly && lines.length) console.log(`${it.id}\n${lines.join('\n')}`);
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const [kind, st] of Object.entries(stats)) {
  const total = st.listed.reduce((a, b) => a + b, 0);
  console.log(`${kind.padEnd(12)} stories ${st.listed.length} · listed mean ${(total / st.listed.length).toFixed(1)} median ${median(st.listed)} max ${Math.max(...st.listed)} · extras ${st.extra}/${total} · recall ${st.hit}/${st.gold}`);
}
if (against) {
  const old = JSON.parse(readFileSync(against, 'utf8')) as typeof dump;
  for (const [id, kinds] of Object.entries(dump))
    for (const [kind, now] of Object.entries(kinds)) {
      const was = old[id]?.[kind] ?? [];
      const gone = was.filter((n) => !now.includes(n));
      const added = now.filter((n) => !was.includes(n));
      if (gone.length || added.length) console.log(`${id} ${kind}: - ${gone.join(' · ') || '∅'}  + ${added.join(' · ') || '∅'}`);
    }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(dump, null, 1));
