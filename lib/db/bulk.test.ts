// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { addTag, normalizeTags, removeStories, removeTag, restoreStories, setNotes, setRead, setTags } from './bulk';
import { NotesConflictError } from './errors';
import { openCaveatDb, type CaveatDb } from './schema';
import { searchStories } from './search';
import { getStory, saveStory } from './stories';

let db: CaveatDb;
let a: number;
let b: number;

beforeEach(async () => {
  db = openCaveatDb(uniqueDbName());
  a = (await saveStory(db, makeStoryInput({ url: 'https://x.example/a', title: 'Alpha story' }))).story.id;
  b = (await saveStory(db, makeStoryInput({ url: 'https://x.example/b', title: 'Beta story' }))).story.id;
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('setNotes from an edit', () => {
  it('refuses to write over notes changed since the edit began, and says what they are now', async () => {
    await setNotes(db, a, 'from tab one', '');
    const refused = await setNotes(db, a, 'from tab two', '').catch((e) => e);
    expect(refused).toBeInstanceOf(NotesConflictError);
    expect(refused.current).toBe('from tab one');
    expect((await getStory(db, a))?.notes).toBe('from tab one');
    await setNotes(db, a, 'from tab two', 'from tab one');
    expect((await getStory(db, a))?.notes).toBe('from tab two');
  });
});

describe('bulk changes', () => {
  it('adds and removes tags on many stories and keeps the word index in step', async () => {
    const snap = await addTag(db, [a, b], '  climate   policy ');
    expect(snap.stories).toHaveLength(2);
    expect((await getStory(db, a))?.tags).toEqual(['climate policy']);
    expect((await searchStories(db, { query: 'policy' })).total).toBe(2);
    expect((await addTag(db, [a], 'Climate Policy')).stories).toHaveLength(0);
    await removeTag(db, [a], 'CLIMATE POLICY');
    expect((await getStory(db, a))?.tags).toEqual([]);
    expect((await searchStories(db, { query: 'policy' })).ids).toEqual([b]);
    await setTags(db, [b], ['x', 'X', ' y ', '']);
    expect((await getStory(db, b))?.tags).toEqual(['x', 'y']);
    expect(normalizeTags(['a'.repeat(100)])[0]).toHaveLength(64);
  });

  it('undoes a tag, read or notes change with the returned snapshot', async () => {
    const tagged = await addTag(db, [a, b], 'later');
    await restoreStories(db, tagged);
    expect((await searchStories(db, { tag: 'later' })).total).toBe(0);
    const read = await setRead(db, [a], true);
    expect((await searchStories(db, { read: true })).ids).toEqual([a]);
    await restoreStories(db, read);
    expect((await searchStories(db, { read: true })).total).toBe(0);
    const noted = await setNotes(db, a, 'check the dose');
    expect((await searchStories(db, { query: 'dose' })).ids).toEqual([a]);
    await restoreStories(db, noted);
    expect((await getStory(db, a))?.notes).toBe('');
  });

  it('deletes and restores stories whole, with their ids', async () => {
    await addTag(db, [a], 'keep');
    const before = await getStory(db, a);
    const snap = await removeStories(db, [a, b, 999]);
    expect(snap.stories.map((s) => s.id).sort()).toEqual([a, b].sort());
    expect(await db.stories.count()).toBe(0);
    await restoreStories(db, snap);
    expect(await getStory(db, a)).toEqual(before);
    expect((await searchStories(db, { query: 'alpha' })).ids).toEqual([a]);
  });

  it('undo replaces an entry re-saved under the same URL meanwhile', async () => {
    const snap = await removeStories(db, [a]);
    await saveStory(db, makeStoryInput({ url: 'https://x.example/a', title: 'Alpha again' }));
    await restoreStories(db, snap);
    expect(await db.stories.count()).toBe(2);
    expect((await getStory(db, a))?.title).toBe('Alpha story');
  });
});
