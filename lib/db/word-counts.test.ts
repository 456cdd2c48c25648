// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { staleWordCounts } from '../../tests/support/word-counts';
import { addTag, removeStories, removeTag, restoreStories, setNotes, setRead, setTags } from './bulk';
import { deleteStories, putStories, storyTables } from './rows';
import { openCaveatDb, type CaveatDb } from './schema';
import { getAllStories, saveStory } from './stories';
import { exportStories, importJson } from './transfer';
import { applyToBuckets, decodeBucket, encodeBucket, splitBucket, wordDelta } from './word-buckets';
import { allWordCounts, foldWordLog, LOG_MAX, prefixEntries, wordCount } from './word-counts';

let db: CaveatDb;
const ids: number[] = [];

async function save(i: number, body: string, now = 1000 + i) {
  const { story } = await saveStory(db, { ...makeStoryInput({ url: `https://news.example.org/wc/${i}`, title: `Story ${i}`, paragraphs: [body] }), now });
  return story.id;
}

beforeEach(async () => {
  db = openCaveatDb(uniqueDbName());
  ids.length = 0;
  ids.push(await save(0, 'glacier melt glacier ice'));
  ids.push(await save(1, 'glacier tumour cells'));
  ids.push(await save(2, 'tumour vaccine trial'));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('wordDelta', () => {
  it('counts each word once per story and cancels words kept', () => {
    const d = wordDelta([['ice', 'melt', 'ice']], [['ice', 'snow'], ['snow']]);
    expect(Object.fromEntries(d)).toEqual({ melt: -1, snow: 2 });
  });
});

describe('word buckets', () => {
  it('splits a full bucket into sorted halves named by their first word, and drops emptied ones', () => {
    const delta = new Map(['delta', 'alpha', 'echo', 'bravo', 'charlie'].map((w) => [w, 1]));
    const { put } = applyToBuckets([], delta, 2);
    expect(put.map((b) => [b.lo, [...b.counts.keys()].sort()])).toEqual([
      ['', ['alpha']],
      ['bravo', ['bravo']],
      ['charlie', ['charlie']],
      ['delta', ['delta']],
      ['echo', ['echo']],
    ]);
    const small = { lo: 'm', counts: new Map([['mu', 1], ['nu', 2]]) };
    expect(splitBucket(small, 4)).toEqual([small]);
    const gone = applyToBuckets(put, new Map([['charlie', -1], ['alpha', -1]]), 2);
    expect(gone.remove).toEqual(['charlie']);
    expect(gone.put).toEqual([{ lo: '', counts: new Map() }]);
  });

  it('stores a bucket as one string and reads it back', () => {
    const b = { lo: 'ice', counts: new Map([['ice', 3], ['icecap', 1], ['constructor', 2]]) };
    expect(encodeBucket(b)).toEqual({ lo: 'ice', data: 'ice 3\nicecap 1\nconstructor 2' });
    expect(decodeBucket(encodeBucket(b))).toEqual(b);
    expect(decodeBucket({ lo: '', data: '' }).counts.size).toBe(0);
  });

  it('keeps counts right across many buckets, words named like object properties included', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    await save(10, [...many, 'constructor', 'tostring', 'glacier'].join(' '));
    await db.transaction('rw', storyTables(db), () => foldWordLog(db));
    expect(await db.wordLog.count()).toBe(0);
    expect(await db.wordCounts.count()).toBeGreaterThan(1);
    expect(await wordCount(db, 'constructor')).toBe(1);
    expect(await wordCount(db, 'valueof')).toBe(0);
    expect(await wordCount(db, 'glacier')).toBe(3);
    expect(await wordCount(db, 'w2b0')).toBe(1);
    expect(await prefixEntries(db, 'w1')).toBe(many.filter((w) => w.startsWith('w1')).length);
    expect(await prefixEntries(db, 'gla')).toBe(3);
    expect(await staleWordCounts(db)).toEqual([]);
    await save(10, 'glacier only now', 9000);
    expect(await wordCount(db, 'w2b0')).toBe(0);
    expect(await prefixEntries(db, 'w1')).toBe(0);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('logs a save as one record, counts the log in, and folds it into the buckets every LOG_MAX changes', async () => {
    await db.transaction('rw', storyTables(db), () => foldWordLog(db));
    const buckets = await db.wordCounts.toArray();
    // A body of more than a few words: logged, buckets untouched.
    await save(20, 'glacier permafrost tundra lichen moss sedge willow birch caribou');
    expect(await db.wordLog.count()).toBe(1);
    expect(await db.wordCounts.toArray()).toEqual(buckets);
    expect(await wordCount(db, 'glacier')).toBe(3);
    expect(await wordCount(db, 'caribou')).toBe(1);
    expect(await prefixEntries(db, 'glac')).toBe(3);
    // A removal logs the minus side.
    await removeStories(db, [ids[0]]);
    expect(await wordCount(db, 'glacier')).toBe(2);
    expect(await wordCount(db, 'melt')).toBe(0);
    for (let i = 0; i < LOG_MAX; i++) await save(100 + i, `caribou herd number${i} moss sedge willow birch lichen tundra`);
    expect(await db.wordLog.count()).toBeLessThan(LOG_MAX);
    expect(await wordCount(db, 'caribou')).toBe(LOG_MAX + 1);
    expect(await staleWordCounts(db)).toEqual([]);
  });
});

describe('wordCounts table', () => {
  it('holds stories per word after saves', async () => {
    expect(await wordCount(db, 'glacier')).toBe(2);
    expect(await wordCount(db, 'tumour')).toBe(2);
    expect(await wordCount(db, 'vaccine')).toBe(1);
    expect(await wordCount(db, 'absent')).toBe(0);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('stays right when a save updates a story, and drops words no story holds', async () => {
    await save(0, 'permafrost thaw', 5000);
    expect(await wordCount(db, 'glacier')).toBe(1);
    expect(await wordCount(db, 'permafrost')).toBe(1);
    expect((await allWordCounts(db)).has('melt')).toBe(false);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('stays right through tags, notes, read state, delete and undo of each', async () => {
    const steps = [
      () => addTag(db, ids, 'glaciology'),
      () => setTags(db, [ids[1]], ['oncology', 'glacier']),
      () => removeTag(db, ids, 'glaciology'),
      () => setNotes(db, ids[2], 'ask about the vaccine dose'),
      () => setRead(db, ids, true),
      () => removeStories(db, [ids[0], ids[1]]),
    ];
    for (const step of steps) {
      const before = await allWordCounts(db);
      const snapshot = await step();
      expect(await staleWordCounts(db)).toEqual([]);
      await restoreStories(db, snapshot);
      expect(await staleWordCounts(db)).toEqual([]);
      expect(await allWordCounts(db)).toEqual(before);
    }
    await removeStories(db, ids);
    expect((await allWordCounts(db)).size).toBe(0);
  });

  it('stays right through an import that adds, updates and skips, and through a restore that replaces a newer save', async () => {
    const file = exportStories(await getAllStories(db), 'json').text;
    const other = openCaveatDb(uniqueDbName());
    try {
      await saveStory(other, { ...makeStoryInput({ url: 'https://news.example.org/wc/1', title: 'Older copy', paragraphs: ['glacier archive'] }), now: 1 });
      await saveStory(other, { ...makeStoryInput({ url: 'https://news.example.org/wc/9', title: 'Own story', paragraphs: ['tumour archive'] }), now: 1 });
      await importJson(other, file);
      expect(await staleWordCounts(other)).toEqual([]);
      expect(await wordCount(other, 'glacier')).toBe(2);
      expect(await wordCount(other, 'archive')).toBe(1);
      await importJson(other, file);
      expect(await staleWordCounts(other)).toEqual([]);
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
    // Undo of a delete after the URL was saved again: the new entry is replaced by the old one.
    const gone = await removeStories(db, [ids[2]]);
    await save(2, 'replacement words');
    await restoreStories(db, gone);
    expect(await wordCount(db, 'replacement')).toBe(0);
    expect(await wordCount(db, 'vaccine')).toBe(1);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('is kept by the low-level writers given no previous records', async () => {
    const all = await getAllStories(db);
    await db.transaction('rw', storyTables(db), () => putStories(db, all.map((s) => ({ ...s, words: ['swapped'] }))));
    expect(await wordCount(db, 'swapped')).toBe(3);
    expect(await wordCount(db, 'glacier')).toBe(0);
    await db.transaction('rw', storyTables(db), () => deleteStories(db, [ids[0], ids[0]]));
    expect(await wordCount(db, 'swapped')).toBe(2);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('the check catches a write that bypasses the counts', async () => {
    const story = (await getAllStories(db))[0];
    await db.stories.put({ ...story, words: [...story.words, 'sneaked'] });
    expect(await staleWordCounts(db)).toEqual([['sneaked', 0, 1]]);
  });
});
