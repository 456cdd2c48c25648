// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { openCaveatDb, type CaveatDb } from './schema';
import { searchIds, searchStories } from './search';
import { getAllStories, saveStory } from './stories';

// A tiny lookup budget: pages past the first few rows take the deep-page plan (the word's ids read once).
vi.mock('./match-words', async (original) => ({ ...(await original<typeof import('./match-words')>()), LOOKUP_WALK_MAX: 3 }));

let db: CaveatDb;
beforeEach(async () => {
  db = openCaveatDb(uniqueDbName());
  for (let i = 0; i < 16; i++) {
    const input = makeStoryInput({ url: `https://news.example.org/deep/${i}`, title: `Deep ${i}`, paragraphs: [i % 4 === 3 ? 'other' : 'dense other'] });
    await saveStory(db, { ...input, now: 5000 - ((i * 5) % 16) });
  }
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('dense word past the lookup budget', () => {
  it('gives the same pages from keyed lookups and from the read ids', async () => {
    const all = await getAllStories(db);
    const expected = all
      .filter((s) => s.words.includes('dense'))
      .sort((a, b) => b.savedAt - a.savedAt || b.id - a.id)
      .map((s) => s.id);
    expect(expected).toHaveLength(12);
    expect(await searchIds(db, { query: 'dense ' })).toEqual(expected);
    for (const offset of [0, 1, 4, 6, 10]) {
      const page = await searchStories(db, { query: 'dense ', offset, limit: 2 });
      expect(page.total).toBe(12);
      expect(page.ids).toEqual(expected.slice(offset, offset + 2));
    }
  });
});
