/**
 * Reading-list benchmark on fake-indexeddb: save time per story, word-search time at 1,000 and N stories (default
 * 2,000, about a minute), and an estimate of the database size. Run: npx tsx scripts/bench-db.ts [stories=2000]
 * fake-indexeddb is a pure-JS IndexedDB that cannot fill 10,000 stories in reasonable time: the real-browser
 * figures at 1,000 vs 10,000 come from scripts/bench-library.mjs (npm run bench:library) in Chromium.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { withDerived } from '../lib/db/derive';
import { openCaveatDb, type CaveatDb, type StoredStory } from '../lib/db/schema';
import { putStories, storyTables } from '../lib/db/rows';
import { searchStories } from '../lib/db/search';
import { saveStory } from '../lib/db/stories';
import { makeAnalysis, makeArticle } from '../tests/support/stories';

const TOTAL = Number(process.argv[2] ?? 2_000);
const WORDS_PER_STORY = 800;

// Deterministic generator so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

// A 20,000-word synthetic vocabulary from syllables; Zipf-like draws make some words common, most rare.
const SYLLABLES = 'ba ce di fo gu ka le mi no pu ra se ti vo zu tra pre cli mon gen ver sta lo'.split(' ');
const VOCAB = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
const draw = () => VOCAB[Math.floor(VOCAB.length * random() ** 4)];
// A word with a known frequency: added to 1 story in 100, so matches grow with the list (10 at 1k, 100 at 10k).
const NEEDLE = 'xylophonic';
const STUDY = ['animal', 'human-trial', 'observational', 'in-vitro', 'observation'] as const;

function synthStory(i: number): Omit<StoredStory, 'id'> {
  const paragraphs: string[] = [];
  for (let p = 0; p < 10; p++) paragraphs.push(Array.from({ length: WORDS_PER_STORY / 10 }, draw).join(' ') + '.');
  if (i % 100 === 0) paragraphs[3] += ` The ${NEEDLE} result.`;
  const article = makeArticle({ url: `https://news.example.org/${i}`, title: `${draw()} ${draw()} ${draw()} study ${i}`, paragraphs, publishedTime: new Date(1.7e12 + i * 6e7).toISOString() });
  const analysis = makeAnalysis(article, { studyType: STUDY[i % STUDY.length], journal: i % 3 ? 'Journal ' + (i % 40) : undefined });
  const saved = 1.7e12 + i * 1000;
  return withDerived({
    url: article.url, title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime, lang: 'en',
    excerpt: article.excerpt, savedAt: saved, updatedAt: saved, analysis, contentHtml: article.contentHtml, text: article.text,
    wordCount: article.wordCount, tags: i % 7 ? [] : ['follow-up'], notes: '', read: i % 2 === 0, highlights: [],
  });
}

async function fill(db: CaveatDb, from: number, to: number): Promise<number> {
  let bytes = 0;
  const BATCH = 500;
  for (let start = from; start < to; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => synthStory(start + k));
    for (const r of batch) bytes += Buffer.byteLength(JSON.stringify(r));
    await db.transaction('rw', storyTables(db), () => putStories(db, batch));
  }
  return bytes;
}

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b)[Math.floor(out.length / 2)];
}

async function timeSaves(db: CaveatDb, n: number, offset: number): Promise<number> {
  const inputs = Array.from({ length: n }, (_, k) => {
    const s = synthStory(offset + k);
    const article = makeArticle({ url: s.url, title: s.title, paragraphs: s.text.split('\n\n') });
    return { article, analysis: s.analysis, contentHtml: s.contentHtml };
  });
  const t = performance.now();
  for (const input of inputs) await saveStory(db, input);
  return (performance.now() - t) / n;
}

async function searches(db: CaveatDb) {
  const common = VOCAB[3];
  return {
    word: await median(7, () => searchStories(db, { query: NEEDLE })),
    prefix: await median(7, () => searchStories(db, { query: NEEDLE.slice(0, 5) })),
    twoWords: await median(7, () => searchStories(db, { query: `${common} ${NEEDLE}` })),
    filtered: await median(7, () => searchStories(db, { query: NEEDLE, studyType: 'animal', read: true })),
    commonWord: await median(5, () => searchStories(db, { query: common })),
    list: await median(7, () => searchStories(db, {})),
  };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main() {
  const name = `caveat-bench-${process.pid}`;
  const db = openCaveatDb(name);
  const t0 = performance.now();
  const small = Math.min(1_000, TOTAL);
  let bytes = await fill(db, 0, small);
  console.error(`filled ${small} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const save1k = await timeSaves(db, 50, 1_000_000);
  console.error(`saves ${save1k.toFixed(1)} ms`);
  const at1k = await searches(db);
  console.error(`searched`);
  const hits1k = (await searchStories(db, { query: NEEDLE })).total;
  bytes += await fill(db, small, TOTAL);
  const fillMs = performance.now() - t0;
  const save10k = await timeSaves(db, 50, 2_000_000);
  const at10k = await searches(db);
  const hits10k = (await searchStories(db, { query: NEEDLE })).total;
  const count = await db.stories.count();
  const wordEntries = (await db.stories.orderBy('words').keys()).length;

  console.log(`Caveat reading list on fake-indexeddb: ${count} stories (~${WORDS_PER_STORY} words each), fill ${(fillMs / 1000).toFixed(1)} s`);
  console.log(`save (saveStory, one transaction each): ${fmt(save1k)} per story at 1k, ${fmt(save10k)} at ${count}`);
  console.log(`search "${NEEDLE}" (${hits1k} → ${hits10k} hits): ${fmt(at1k.word)} at 1k, ${fmt(at10k.word)} at ${count}, ratio ${(at10k.word / at1k.word).toFixed(2)}`);
  for (const key of ['prefix', 'twoWords', 'filtered', 'commonWord', 'list'] as const) {
    console.log(`  ${key.padEnd(10)} ${fmt(at1k[key])} at 1k, ${fmt(at10k[key])} at ${count}, ratio ${(at10k[key] / at1k[key]).toFixed(2)}`);
  }
  console.log(`size: records ${(bytes / 1e6).toFixed(1)} MB serialised (${(bytes / TOTAL / 1e3).toFixed(1)} kB per story); word index ${wordEntries} entries (~${((wordEntries * 16) / 1e6).toFixed(1)} MB est.)`);
  db.close();
  await Dexie.delete(name);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
