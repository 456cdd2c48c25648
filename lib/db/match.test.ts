// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StudyType } from '../analysis/types';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { addTag, removeStories, restoreStories, setRead } from './bulk';
import { listFacets } from './facets';
import { openCaveatDb, type CaveatDb, type StoredStory } from './schema';
import { searchIds, searchStories, type SearchParams } from './search';
import { getAllStories, saveStory } from './stories';
import { staleWordCounts } from '../../tests/support/word-counts';
import { LOG_MAX } from './word-counts';

let db: CaveatDb;
const STUDY: StudyType[] = ['animal', 'human-trial', 'observational'];

beforeEach(async () => {
  db = openCaveatDb(uniqueDbName());
  // 40 stories: "common" in all, "paired" in half, "rare" in 3, "commonly" in 8: every path (sparse sets, dense walks
  // with index lookups, lookups on candidates, row tests) is taken. The filler makes each save change enough words
  // to go through the word-count log, folded once along the way (lib/db/word-counts.ts).
  for (let i = 0; i < 40; i++) {
    const words = ['common', i % 2 ? 'single' : 'paired', i % 13 === 0 ? 'rare' : 'plain', i % 5 ? '' : 'commonly', 'alpha beta gamma delta epsilon zeta theta iota'].join(' ');
    const input = makeStoryInput({ url: `https://news.example.org/${i}`, title: `Story ${String.fromCharCode(97 + (i * 7) % 26)} ${i}`, paragraphs: [words], studyType: STUDY[i % 3], journal: i % 4 ? undefined : 'Nature' });
    await saveStory(db, { ...input, now: 1000 + ((i * 17) % 40) });
  }
  const all = await getAllStories(db);
  await setRead(db, all.filter((s) => s.id % 3 === 0).map((s) => s.id), true);
  await addTag(db, all.filter((s) => s.id % 10 === 0).map((s) => s.id), 'keep');
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The answer by brute force over every record. */
function reference(all: StoredStory[], p: SearchParams): number[] {
  const words = (p.query ?? '').split(' ').filter(Boolean);
  // Without a trailing space the last word is a prefix.
  const prefix = p.query && !p.query.endsWith(' ') ? words.pop() : undefined;
  const hits = all.filter(
    (s) =>
      words.every((w) => s.words.includes(w)) &&
      (!prefix || s.words.some((w) => w.startsWith(prefix))) &&
      (!p.studyType || s.studyType === p.studyType) &&
      (!p.journal || s.journal === p.journal) &&
      (!p.tag || s.tags.includes(p.tag)) &&
      (p.read === undefined || s.read === p.read),
  );
  const key = p.sort?.startsWith('title') ? 'sortTitle' : 'savedAt';
  hits.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id));
  return (p.sort ?? 'saved-desc').endsWith('desc') ? hits.map((s) => s.id).reverse() : hits.map((s) => s.id);
}

describe('search plans', () => {
  it('run on word counts partly folded into buckets and partly still in the log', async () => {
    expect(await db.wordLog.count()).toBe(40 % LOG_MAX);
    expect(await db.wordCounts.count()).toBeGreaterThan(0);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  const cases: SearchParams[] = [
    {},
    { sort: 'title-asc' },
    { query: 'rare ' },
    { query: 'common ' },
    { query: 'paired ' },
    { query: 'paired rare ' },
    { query: 'rare paired ', sort: 'title-asc' },
    { query: 'paired rar' },
    { query: 'paired single ' },
    { query: 'paired commonly ' },
    { query: 'commonly paired ', sort: 'saved-asc' },
    { query: 'common' },
    { query: 'commonl' },
    { query: 'paired' },
    { query: 'pair' },
    { query: 'single common ', sort: 'title-desc' },
    { query: 'paired ', journal: 'Nature' },
    { query: 'paired ', tag: 'keep', read: false },
    { query: 'single ', studyType: 'animal' },
    { query: 'common ', read: true },
    { query: 'paired ', studyType: 'animal', read: false },
    { studyType: 'human-trial' },
    { studyType: 'human-trial', sort: 'title-desc' },
    { read: true },
    { tag: 'keep' },
    { journal: 'Nature', read: false },
    { studyType: 'observational', read: true, sort: 'saved-asc' },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('matches brute force for %s, every page', async (_, params) => {
    const expected = reference(await getAllStories(db), params);
    expect(await searchIds(db, params)).toEqual(expected);
    for (const offset of [0, 3, 17, 36]) {
      const page = await searchStories(db, { ...params, offset, limit: 5 });
      expect(page.total).toBe(expected.length);
      expect(page.ids).toEqual(expected.slice(offset, offset + 5));
    }
  });
});

describe('counts table', () => {
  it('keeps facet counts in step through tags, read state, delete and undo', async () => {
    const all = await getAllStories(db);
    const before = await listFacets(db);
    expect(before.total).toBe(40);
    expect(before.unread).toBe(all.filter((s) => !s.read).length);
    expect(before.tags).toEqual([{ value: 'keep', count: all.filter((s) => s.tags.includes('keep')).length }]);
    const gone = await removeStories(db, all.slice(0, 12).map((s) => s.id));
    const after = await listFacets(db);
    const left = all.slice(12);
    expect(after.total).toBe(28);
    expect(after.unread).toBe(left.filter((s) => !s.read).length);
    expect(after.journals).toEqual([{ value: 'Nature', count: left.filter((s) => s.journal === 'Nature').length }]);
    expect(after.studyTypes.reduce((n, f) => n + f.count, 0)).toBe(28);
    await restoreStories(db, gone);
    expect(await listFacets(db)).toEqual(before);
  });
});
