// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { genStory, rng } from '../../tests/support/story-gen';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { storyData, withDerived } from './derive';
import { putStories, storyTables } from './rows';
import { openCaveatDb, type CaveatDb, type StoredStory } from './schema';
import { LIMITS, fitStory } from './story-check';
import { getAllStories, saveStory } from './stories';
import { exportStories, importJson } from './transfer';

const opened: CaveatDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
const fresh = () => {
  const db = openCaveatDb(uniqueDbName('round-trip'));
  opened.push(db);
  return db;
};
const AT = new Date('2026-01-01T00:00:00Z');
const backupOf = async (db: CaveatDb) => exportStories(await getAllStories(db), 'json', AT).text;
const byUrl = async (db: CaveatDb) => new Map((await getAllStories(db)).map((s) => [s.url, s]));

describe('backups that restore', () => {
  it('a 5 MB article, megabytes of inline images and a javascript: canonical from an older Caveat: saved, exported and imported whole', async () => {
    const a = fresh();
    const long = makeStoryInput({ url: 'https://news.example/long', title: 'Long', paragraphs: Array.from({ length: 5_000 }, (_, i) => `Paragraph ${i} ${'about the trial, '.repeat(60)}`) });
    expect(long.article.text.length).toBeGreaterThan(5_000_000);
    await saveStory(a, long);
    const image = `<img alt="Figure" src="data:image/png;base64,${'A'.repeat(2_000_000)}">`;
    const pictures = makeStoryInput({ url: 'https://news.example/pictures', title: 'Pictures', contentHtml: `<p>Before.</p>${image.repeat(3)}<p>After.</p>` });
    await saveStory(a, pictures);
    // What an older Caveat stored for a page whose canonical link was javascript: (analysis.url keeps the page's own).
    const old = makeStoryInput({ url: 'https://news.example/tricked', title: 'Tricked' });
    const legacy = withDerived({
      url: 'javascript:alert(document.domain)', title: 'Tricked', byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null,
      savedAt: 5, updatedAt: 5, analysis: old.analysis, contentHtml: '<p>x</p>', text: 'x', wordCount: 1, tags: [], notes: '', read: false, highlights: [],
    });
    await a.transaction('rw', storyTables(a), () => putStories(a, [legacy]));

    const saved = await byUrl(a);
    expect(saved.get('https://news.example/long')!.text.length).toBe(2_000_000);
    expect(saved.get('https://news.example/pictures')!.contentHtml).toBe('<p>Before.</p><p>After.</p>');

    const file = await backupOf(a);
    const b = fresh();
    expect(await importJson(b, file)).toEqual({ added: 3, updated: 0, skipped: 0, failed: [] });
    const restored = await byUrl(b);
    expect([...restored.keys()].sort()).toEqual(['https://news.example/long', 'https://news.example/pictures', 'https://news.example/tricked']);
    for (const url of ['https://news.example/long', 'https://news.example/pictures']) expect(storyData(restored.get(url)!)).toEqual(storyData(saved.get(url)!));
    // The Markdown export links only web addresses.
    expect(exportStories(await getAllStories(a), 'markdown', AT).text).not.toMatch(/javascript:/);
  });

  it('export → import of 1,000 generated stories (huge text, inline images, odd URLs, every field) gives back identical stories', async () => {
    const r = rng(21);
    const generated = Array.from({ length: 1_000 }, (_, i) => genStory(r, i));
    // What save stores is what the one check makes of the story; the check changes nothing the second time.
    const saved = generated.map(fitStory);
    for (const s of saved.slice(0, 200)) expect(fitStory(s)).toEqual(s);
    expect(saved.some((s) => s.text.length === LIMITS.text)).toBe(true);
    expect(new Set(saved.map((s) => s.url)).size).toBe(1_000);

    const a = fresh();
    await a.transaction('rw', storyTables(a), () => putStories(a, saved.map((s) => withDerived(s) as StoredStory)));
    const file = await backupOf(a);
    const b = fresh();
    expect(await importJson(b, file)).toEqual({ added: 1_000, updated: 0, skipped: 0, failed: [] });
    const restored = await byUrl(b);
    for (const s of saved) {
      const back = restored.get(s.url);
      expect(back, s.url).toBeDefined();
      expect(storyData(back!)).toEqual(s);
      expect(back).toEqual({ ...withDerived(s), id: back!.id });
    }
    // And the backup of the restored list is the same file, byte for byte.
    expect(await backupOf(b)).toBe(file);
  }, 120_000);
});
