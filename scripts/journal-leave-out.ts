// What a journal the list does not know costs: every labelled story is read twice, with the whole list and with a
// list that leaves out that story's own gold journals (and their aliases), and journals are scored as eval.mjs does.
//   npx tsx scripts/journal-leave-out.ts              the hand-labelled stories, fakehealth and cardiff
//   npx tsx scripts/journal-leave-out.ts --verbose    also each development story whose journals change when left out
// Fakehealth and cardiff stories whose id ends in a number that is odd with an odd tens digit are held out: their
// totals are printed apart and their stories never listed, so tuning on this script reads only the rest.
// The second figure is the honest one for stories nobody here has seen: their journal is on the list only if the
// list is broad, not because a labelled story put it there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../lib/extract';
import { parseHtml } from '../lib/cli/parse-html';
import { findSources } from '../lib/analysis/sources';
import { createJournalIndex, readJournals, type JournalIndex } from '../lib/analysis/sources/journals';
import { SHARED, loadPage } from './corpus-pages';

const CORPUS = join(SHARED, 'corpus');
const verbose = process.argv.includes('--verbose');

interface Label { id: string; file: string; url?: string; lang?: string; journals?: string[] }
const read = (file: string): Label[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => ({ ...JSON.parse(l), dir: file }) as Label & { dir: string })
    .map((it) => ({ ...it, file: join(file, '..', it.file) }));
const SETS: [string, Label[]][] = [
  ['hand-labelled', readdirSync(CORPUS).filter((f) => /^labels.*\.jsonl$/.test(f)).flatMap((f) => read(join(CORPUS, f)))],
  ['fakehealth', read(join(CORPUS, 'fakehealth/labels.jsonl'))],
  ['cardiff', read(join(CORPUS, 'cardiff/labels.jsonl'))],
];

// eval.mjs's forgiving comparison: case, a leading "the", plural s, punctuation, and its few aliases.
const norm = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim()
  .split(' ').map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)).join(' ');
const ALIASES = [['nejm', 'new england journal of medicine'], ['pnas', 'proceedings of national academy of science'],
  ['proceedings of national academy of sciences of united states of america', 'proceedings of national academy of science'],
  ['bmj', 'british medical journal'], ['jama', 'journal of american medical association'], ['plos one', 'plo one']];
const jnorm = (s: string) => {
  let n = norm(s).replace(/\bthe\b /g, '');
  for (const [a, b] of ALIASES) if (n === norm(a)) n = norm(b);
  return n;
};

const ALL = readJournals();
const FULL = createJournalIndex(ALL);
/** The list without any journal one of whose spellings is a gold journal of the story. */
function leaveOut(gold: Set<string>): { index: JournalIndex; removed: number } {
  const kept = ALL.filter((j) => ![j.name, ...j.aliases].some((v) => gold.has(jnorm(v))));
  return { index: createJournalIndex(kept), removed: ALL.length - kept.length };
}
const SPELLINGS = new Set(ALL.flatMap((j) => [j.name, ...j.aliases].map(jnorm)));

/** Held out from tuning: the id's last number group is odd with an odd tens digit (the 87 hand-labelled are all development). */
const heldOut = (set: string, id: string) => {
  const n = Number(id.match(/\d+/g)?.at(-1) ?? 0);
  return set !== 'hand-labelled' && n % 2 === 1 && Math.floor(n / 10) % 2 === 1;
};

interface Tally { tp: number; fp: number; fn: number }
const score = (t: Tally, gold: string[], found: string[]) => {
  const left = [...found];
  for (const g of gold) {
    const at = left.indexOf(g);
    if (at >= 0) { t.tp++; left.splice(at, 1); } else t.fn++;
  }
  t.fp += left.length;
};
const prf = ({ tp, fp, fn }: Tally) => {
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return `P ${(100 * p).toFixed(1)}%  R ${(100 * r).toFixed(1)}%  F1 ${(100 * (p + r ? (2 * p * r) / (p + r) : 0)).toFixed(1)}%`;
};

for (const [set, labels] of SETS) {
  const tallies = { development: [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }], 'held out': [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }] };
  const whole: Tally = { tp: 0, fp: 0, fn: 0 };
  const out: Tally = { tp: 0, fp: 0, fn: 0 };
  const stories = { development: 0, 'held out': 0 };
  const notOnList: string[] = [];
  const devNotOnList: string[] = [];
  let goldCount = 0;
  for (const it of labels) {
    if (!it.journals) continue;
    const url = it.url || `https://example.org/${it.id}`;
    const { document, close } = parseHtml(loadPage(it.file, it.lang || 'en'), url);
    try {
      const result = extractArticle(document, { url });
      const gold = it.journals.map(jnorm);
      goldCount += gold.length;
      const journalsWith = (index: JournalIndex) =>
        result.ok ? [...new Set(findSources(result.article, index).filter((s) => s.kind === 'journal').map((s) => jnorm(s.name!)))] : [];
      const a = journalsWith(FULL);
      const { index, removed } = leaveOut(new Set(gold));
      const unlisted = it.journals.filter((g) => !SPELLINGS.has(jnorm(g)));
      notOnList.push(...unlisted);
      if (!heldOut(set, it.id)) devNotOnList.push(...unlisted);
      const b = removed ? journalsWith(index) : a;
      score(whole, gold, a);
      score(out, gold, b);
      const part = heldOut(set, it.id) ? 'held out' : 'development';
      stories[part]++;
      score(tallies[part][0], gold, a);
      score(tallies[part][1], gold, b);
      if (verbose && part === 'development' && a.join('|') !== b.join('|')) console.log(`${it.id}: gold ${gold.join(' · ')}\n  whole list: ${a.join(' · ') || '∅'}\n  left out:   ${b.join(' · ') || '∅'}`);
    } finally {
      close();
    }
  }
  console.log(`${set.padEnd(14)} ${labels.length} stories, ${goldCount} gold journals, ${notOnList.length} of them not on the list${verbose && devNotOnList.length ? ` (development: ${devNotOnList.join(' · ')})` : ''}`);
  console.log(`  whole list      ${prf(whole)}`);
  console.log(`  own left out    ${prf(out)}`);
  if (stories['held out']) {
    for (const part of ['development', 'held out'] as const) {
      console.log(`  ${part} (${stories[part]}): whole list ${prf(tallies[part][0])}`);
      console.log(`  ${' '.repeat(part.length + String(stories[part]).length + 3)}  left out   ${prf(tallies[part][1])}`);
    }
  }
}
