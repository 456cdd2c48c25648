// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { withDerived } from './derive';
import { rowOf } from './rows';
import { openCaveatDb, V5_STORES, type CaveatDb, type StoryData } from './schema';
import { searchStories } from './search';
import { saveStory } from './stories';
import { exportStories } from './transfer';

const WARNING = { kind: 'causal-from-observational', text: 'Oranges cut kidney stone risk' } as const;
let db: CaveatDb;
let name: string;

beforeEach(() => {
  name = uniqueDbName();
});
afterEach(async () => {
  db?.close();
  await Dexie.delete(name);
});

describe('the claims filter', () => {
  it('finds only the stories whose claims go beyond their study, alone and with another filter', async () => {
    db = openCaveatDb(name);
    const warned = (await saveStory(db, { ...makeStoryInput({ url: 'https://news.example.org/oranges', studyType: 'observational', claimWarning: WARNING }), now: 1 })).story;
    await saveStory(db, { ...makeStoryInput({ url: 'https://news.example.org/walk', studyType: 'observational' }), now: 2 });
    await saveStory(db, { ...makeStoryInput({ url: 'https://news.example.org/mice', studyType: 'animal' }), now: 3 });
    expect((await searchStories(db, { claimWarning: true })).ids).toEqual([warned.id]);
    expect((await searchStories(db, { claimWarning: true, studyType: 'observational' })).ids).toEqual([warned.id]);
    expect((await searchStories(db, { claimWarning: true, studyType: 'animal' })).total).toBe(0);
    expect((await searchStories(db, {})).total).toBe(3);
    expect((await db.rows.get(warned.id))?.claimWarning).toBe(true);
  });

  it('version 6 flags stories saved before it from their analysis', async () => {
    const old = new Dexie(name);
    old.version(5).stores(V5_STORES);
    const data = (url: string, claimWarning?: typeof WARNING): StoryData => {
      const { article, analysis } = makeStoryInput({ url, claimWarning });
      return { url, title: article.title, byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null, savedAt: 1, updatedAt: 1, analysis, contentHtml: '', text: article.text, wordCount: 5, tags: [], notes: '', read: false, highlights: [] };
    };
    const records = [data('https://a.example/1', WARNING), data('https://a.example/2')].map((d, i) => {
      const r = { ...withDerived(d), id: i + 1 } as Record<string, unknown>;
      delete r.claimFlag;
      return r;
    });
    await old.table('stories').bulkAdd(records);
    await old.table('rows').bulkAdd(records.map((r) => rowOf(r as never)));
    await old.table('counts').bulkAdd([{ key: 'total', n: 2 }, { key: 'unread', n: 2 }]);
    old.close();
    db = openCaveatDb(name);
    expect((await searchStories(db, { claimWarning: true })).ids).toEqual([1]);
  });
});

describe('exports', () => {
  it('carry the claim warning in Markdown and in the citation notes', async () => {
    const { article, analysis } = makeStoryInput({ url: 'https://news.example.org/oranges', studyType: 'observational', claimWarning: WARNING });
    const story = { ...withDerived({ url: article.url, title: article.title, byline: null, siteName: 'Example', publishedTime: null, lang: 'en', excerpt: null, savedAt: 1, updatedAt: 1, analysis, contentHtml: '', text: article.text, wordCount: 5, tags: [], notes: '', read: false, highlights: [] }), id: 1 };
    for (const format of ['markdown', 'csl-json', 'bibtex', 'ris', 'json'] as const) {
      const out = exportStories([story], format).text;
      expect(out, format).toMatch(/Oranges cut kidney stone risk/);
      if (format !== 'json') expect(out, format).toMatch(/link, not a cause/);
    }
  });
});
