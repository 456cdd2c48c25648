// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { staleWordCounts } from '../../tests/support/word-counts';
import { countKeys } from './counts';
import { journalOf, storyData, withDerived } from './derive';
import { rowOf } from './rows';
import { CURRENT_VERSION, openCaveatDb, V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES, type StoredStory, type StoryData } from './schema';
import { encodeBucket, splitBucket } from './word-buckets';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Stories as a user of any version may have them: one retracted, one read and tagged, one plain. */
function stories(): StoryData[] {
  const make = (i: number, over: Parameters<typeof makeStoryInput>[0], extra: Partial<StoryData>, retracted?: boolean): StoryData => {
    const { article, analysis } = makeStoryInput({ url: `https://news.example.org/m/${i}`, ...over });
    if (retracted !== undefined) analysis.research.retracted = retracted;
    return {
      url: article.url, title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime, lang: 'en', excerpt: null,
      savedAt: 1_000 + i, updatedAt: 2_000 + i, analysis, contentHtml: '<p>x</p>', text: article.text, wordCount: article.wordCount, tags: [], notes: '', read: false, highlights: [], ...extra,
    };
  };
  return [
    make(1, { title: 'The food dye study was retracted', studyType: 'animal', journal: 'Food Journal', paragraphs: ['The journal retracted the mouse study.'] }, {}, true),
    make(2, { title: 'A trial of a new vaccine', studyType: 'human-trial', peerReview: 'preprint', publishedTime: 'not a date' }, { read: true, tags: ['vaccines', 'Trials'], notes: 'Ask about dose' }),
    make(3, { title: 'Ice sheet loses mass', studyType: 'observation', publishedTime: null, paragraphs: ['However the satellites were through with it.'] }, {}, false),
  ];
}

// What each version wrote beside a story's data: the derived fields it knew (none knew `retracted` before version 6).
const V1_FIELDS = (d: StoryData) => ({ studyType: d.analysis.research.studyType, peerReview: d.analysis.research.peerReview, journal: journalOf(d.analysis), readKey: d.read ? 1 : 0, publishedAt: Date.parse(d.publishedTime ?? '') || 0 });
// Version 2 indexed every word, function words too.
const V2_FIELDS = (d: StoryData) => ({ ...V1_FIELDS(d), sortTitle: d.title.toLowerCase(), words: [...new Set(`${d.title} ${d.text} ${d.notes} ${d.tags.join(' ')}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])] });
const { retracted: _r, ...rowWithoutRetracted } = rowOf({ ...withDerived(stories()[0]), id: 1 });

/** A database of version `n`, holding `data` exactly as that version stored it. */
async function databaseAt(n: number, data: StoryData[]): Promise<string> {
  const name = uniqueDbName('migrate');
  const old = new Dexie(name);
  opened.push(old);
  const all = [V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES];
  all.slice(0, n).forEach((stores, i) => old.version(i + 1).stores(stores));
  // No version before 9 had highlights: the upgrade must give every story its empty list.
  const records = data.map(({ highlights: _none, ...d }, i) => ({ ...d, ...(n === 1 ? V1_FIELDS(d as StoryData) : V2_FIELDS(d as StoryData)), id: i + 1 }));
  await old.table('stories').bulkAdd(records);
  if (n >= 3) {
    const rows = records.map((r) => {
      const { retracted: _gone, ...row } = rowOf(r as unknown as StoredStory);
      return row;
    });
    expect(Object.keys(rows[0]).sort()).toEqual(Object.keys(rowWithoutRetracted).sort());
    await old.table('rows').bulkAdd(rows);
  }
  if (n >= 4) {
    const counts = new Map<string, number>();
    for (const r of records) for (const key of countKeys(rowOf(r as unknown as StoredStory))) counts.set(key, (counts.get(key) ?? 0) + 1);
    await old.table('counts').bulkAdd([...counts].map(([key, c]) => ({ key, n: c })));
  }
  if (n >= 5) {
    const words = new Map<string, number>();
    for (const r of records as { words?: string[] }[]) for (const w of r.words ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    await old.table('wordCounts').bulkAdd(splitBucket({ lo: '', counts: words }).map(encodeBucket));
  }
  old.close();
  return name;
}

describe('upgrades from every earlier schema version', () => {
  for (const version of [1, 2, 3, 4, 5]) {
    it(`version ${version} → ${CURRENT_VERSION}: data intact, every derived field, row and counter computed afresh`, async () => {
      const data = stories();
      const db = openCaveatDb(await databaseAt(version, data));
      opened.push(db);
      const stored = await db.stories.orderBy('id').toArray();
      expect(db.verno).toBe(CURRENT_VERSION);
      expect(stored.map(storyData)).toEqual(data);
      for (const s of stored) {
        // Every derived field equals what a save today computes, retracted among them.
        expect(s).toEqual({ ...withDerived(storyData(s)), id: s.id });
        expect(await db.rows.get(s.id)).toEqual(rowOf(s));
      }
      expect(stored.map((s) => s.retracted)).toEqual([true, false, false]);
      expect((await db.rows.toArray()).map((r) => r.retracted)).toEqual([true, false, false]);
      const counts = new Map<string, number>();
      for (const s of stored) for (const key of countKeys(rowOf(s))) counts.set(key, (counts.get(key) ?? 0) + 1);
      expect(new Map((await db.counts.toArray()).map((c) => [c.key, c.n]))).toEqual(counts);
      expect(await staleWordCounts(db)).toEqual([]);
      expect(stored[2].words).not.toContain('however');
    });
  }

  it('gives a story filed under a javascript: address (from an old trusted canonical) its page address, unless another story has it', async () => {
    const [a, b, c] = stories();
    const tricked = { ...a, url: 'javascript:alert(1)', analysis: { ...a.analysis, url: 'https://news.example.org/page-a' } };
    const clash = { ...c, url: 'javascript:void 0', analysis: { ...c.analysis, url: b.url } };
    const db = openCaveatDb(await databaseAt(5, [tricked, b, clash]));
    opened.push(db);
    expect((await db.stories.orderBy('id').toArray()).map((s) => s.url)).toEqual(['https://news.example.org/page-a', b.url, 'javascript:void 0']);
  });
});
