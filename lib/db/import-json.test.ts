// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { addTag, setNotes } from './bulk';
import { ImportError, StorageFullError } from './errors';
import { openCaveatDb, type CaveatDb } from './schema';
import { searchStories } from './search';
import { getAllStories, saveStory } from './stories';
import { exportStories, importJson } from './transfer';

let db: CaveatDb;
const extra: Dexie[] = [];

beforeEach(async () => {
  db = openCaveatDb(uniqueDbName());
  await saveStory(db, { ...makeStoryInput({ url: 'https://x.example/a', title: 'Alpha mice study', journal: 'Nature', doi: '10.1038/s41586-024-00001-x' }), now: 1000 });
  await saveStory(db, { ...makeStoryInput({ url: 'https://x.example/b', title: 'Beta trial' }), now: 2000 });
  const a = (await getAllStories(db)).find((s) => s.url.endsWith('/a'))!;
  await addTag(db, [a.id], 'oncology');
  await setNotes(db, a.id, 'Follow up');
});

afterEach(async () => {
  for (const d of [db, ...extra.splice(0)]) {
    d.close();
    await Dexie.delete(d.name);
  }
});

const backup = async (d: CaveatDb) => exportStories(await getAllStories(d), 'json', new Date('2024-06-01T00:00:00Z')).text;

async function snapshot(d: CaveatDb) {
  return JSON.stringify(await d.stories.orderBy('id').toArray());
}

describe('importJson', () => {
  it('round-trips: export, import into an empty list, export again gives the same file', async () => {
    const first = await backup(db);
    const other = openCaveatDb(uniqueDbName());
    extra.push(other);
    expect(await importJson(other, first)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await backup(other)).toBe(first);
    expect((await searchStories(other, { query: 'follow oncology' })).total).toBe(1);
    // Importing the same file again changes nothing.
    const before = await snapshot(other);
    expect(await importJson(other, first)).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await snapshot(other)).toBe(before);
  });

  it('merges by URL: newer copies update, older ones are skipped, new URLs are added', async () => {
    const file = JSON.parse(await backup(db));
    const first = file.stories.find((s: any) => s.url.endsWith('/a'));
    const second = file.stories.find((s: any) => s.url.endsWith('/b'));
    first.title = 'Alpha renamed';
    first.updatedAt = '2099-01-01T00:00:00.000Z';
    second.title = 'Beta older';
    second.updatedAt = '1970-01-01T00:00:00.001Z';
    file.stories.push({ ...second, url: 'https://x.example/c?utm_source=feed', title: 'Gamma' });
    expect(await importJson(db, JSON.stringify(file))).toEqual({ added: 1, updated: 1, skipped: 1 });
    const titles = (await getAllStories(db)).map((s) => s.title).sort();
    expect(titles).toEqual([first.title, 'Beta trial', 'Gamma'].sort());
    expect((await getAllStories(db)).find((s) => s.title === 'Gamma')?.url).toBe('https://x.example/c');
  });

  it('rejects corrupt and hostile files and leaves the database unchanged', async () => {
    const good = JSON.parse(await backup(db));
    const variant = (change: (f: any) => void) => {
      const f = structuredClone(good);
      change(f);
      return JSON.stringify(f);
    };
    const bad: [string, string][] = [
      ['truncated', (await backup(db)).slice(0, 200)],
      ['not ours', JSON.stringify({ stories: [] })],
      ['newer version', variant((f) => (f.version = 99))],
      ['proto key', (await backup(db)).replace('"title":', '"__proto__": {"polluted": true}, "title":')],
      ['constructor key', variant((f) => (f.stories[0].analysis.research.constructor = { prototype: {} }))],
      ['wrong type', variant((f) => (f.stories[1].read = 'yes'))],
      ['huge string', variant((f) => (f.stories[1].title = 'x'.repeat(3_000)))],
      ['unknown key', variant((f) => (f.stories[0].admin = true))],
      ['javascript url', variant((f) => (f.stories[0].url = 'javascript:alert(1)'))],
      ['bad study type', variant((f) => (f.stories[0].analysis.research.studyType = 'astrology'))],
      ['bad date', variant((f) => (f.stories[0].savedAt = 'yesterday'))],
      ['too many tags', variant((f) => (f.stories[0].tags = Array.from({ length: 500 }, (_, i) => `t${i}`)))],
    ];
    const before = await snapshot(db);
    for (const [label, text] of bad) {
      await expect(importJson(db, text), label).rejects.toBeInstanceOf(ImportError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(db)).toBe(before);
  });

  it('maps a quota failure to StorageFullError and writes nothing', async () => {
    const file = JSON.parse(await backup(db));
    file.stories = file.stories.map((s: any, i: number) => ({ ...s, url: `https://y.example/${i}` }));
    const name = db.name;
    const before = await snapshot(db);
    db.close();
    // A DBCore middleware lets the first write through and fails the second, as a full disk would mid-transaction.
    const full = openCaveatDb(name);
    extra.push(full);
    let puts = 0;
    full.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req) => {
              if (req.type === 'put' && (puts += req.values.length) > 1) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              return table.mutate(req);
            },
          };
        },
      }),
    });
    await expect(importJson(full, JSON.stringify(file))).rejects.toBeInstanceOf(StorageFullError);
    await expect(saveStory(full, makeStoryInput({ url: 'https://z.example/1' }))).rejects.toThrow('Storage is full');
    full.close();
    db = openCaveatDb(name);
    expect(await snapshot(db)).toBe(before);
  });
});
