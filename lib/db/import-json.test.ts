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
    expect(await importJson(other, first)).toEqual({ added: 2, updated: 0, skipped: 0, failed: [] });
    expect(await backup(other)).toBe(first);
    expect((await searchStories(other, { query: 'follow oncology' })).total).toBe(1);
    // Importing the same file again changes nothing.
    const before = await snapshot(other);
    expect(await importJson(other, first)).toEqual({ added: 0, updated: 0, skipped: 2, failed: [] });
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
    expect(await importJson(db, JSON.stringify(file))).toEqual({ added: 1, updated: 1, skipped: 1, failed: [] });
    const titles = (await getAllStories(db)).map((s) => s.title).sort();
    expect(titles).toEqual([first.title, 'Beta trial', 'Gamma'].sort());
    expect((await getAllStories(db)).find((s) => s.title === 'Gamma')?.url).toBe('https://x.example/c');
  });

  it('rejects a file that is no backup at all and leaves the database unchanged', async () => {
    const good = JSON.parse(await backup(db));
    const bad: [string, string][] = [
      ['truncated', (await backup(db)).slice(0, 200)],
      ['not ours', JSON.stringify({ stories: [] })],
      ['newer version', JSON.stringify({ ...good, version: 99 })],
      ['no story list', JSON.stringify({ ...good, stories: { 0: good.stories[0] } })],
    ];
    const before = await snapshot(db);
    for (const [label, text] of bad) {
      await expect(importJson(db, text), label).rejects.toBeInstanceOf(ImportError);
    }
    expect(await snapshot(db)).toBe(before);
  });

  it('restores every valid story of a file and lists the ones it could not, with why', async () => {
    const good = JSON.parse(await backup(db));
    const base = good.stories[0];
    const story = (i: number, change: (s: any) => void = () => undefined) => {
      const s = structuredClone(base);
      s.url = `https://z.example/${i}`;
      s.title = `Story ${i}`;
      change(s);
      return s;
    };
    const file = {
      ...good,
      stories: [
        story(1),
        story(2, (s) => (s.read = 'yes')),
        JSON.parse(JSON.stringify(story(3)).replace('"title":', '"__proto__": {"polluted": true}, "title":')),
        story(4, (s) => (s.analysis.research.constructor = { prototype: {} })),
        story(5, (s) => (s.analysis.research.studyType = 'astrology')),
        story(6, (s) => (s.savedAt = 'yesterday')),
        story(7, (s) => ((s.url = 'javascript:alert(1)'), (s.analysis.url = 'data:text/html,x'))),
        'not a story',
        // Limits cut, they do not refuse: a long title, many tags, an unknown field, a non-web source link.
        story(9, (s) => ((s.title = 'x'.repeat(3_000)), (s.tags = Array.from({ length: 500 }, (_, i) => `t${i}`)), (s.admin = true), (s.analysis.sources = [{ kind: 'paper', url: 'javascript:x()' }]))),
        // A javascript: address falls back to the page the story was read from.
        story(10, (s) => ((s.url = 'javascript:alert(1)'), (s.analysis.url = 'https://z.example/10-page'))),
      ],
    };
    const report = await importJson(db, JSON.stringify(file));
    expect(report).toMatchObject({ added: 3, updated: 0, skipped: 0 });
    expect(report.failed.map((f) => [f.index, f.title ?? f.url ?? null])).toEqual([
      [2, 'Story 2'], [3, 'Story 3'], [4, 'Story 4'], [5, 'Story 5'], [6, 'Story 6'], [7, 'Story 7'], [8, null],
    ]);
    expect(report.failed[0].reason).toMatch(/true or false.*read/);
    expect(report.failed[1].reason).toMatch(/Forbidden key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const restored = new Map((await getAllStories(db)).map((s) => [s.url, s]));
    expect(restored.get('https://z.example/1')?.title).toBe('Story 1');
    const nine = restored.get('https://z.example/9')!;
    expect([nine.title.length, nine.tags.length, 'admin' in nine, nine.analysis.sources]).toEqual([2_000, 200, false, [{ kind: 'paper' }]]);
    expect(restored.get('https://z.example/10-page')?.title).toBe('Story 10');
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
