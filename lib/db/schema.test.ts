// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { deriveFields } from './derive';
import { listFacets } from './facets';
import { DatabaseVersionError } from './errors';
import { staleWordCounts } from '../../tests/support/word-counts';
import { rowOf } from './rows';
import { CURRENT_VERSION, openCaveatDb, V1_STORES, V2_STORES, V3_STORES, V4_STORES, type CaveatDb, type StoredStory, type StoryData } from './schema';
import { searchStories } from './search';
import { allWordCounts, wordCount } from './word-counts';
import { getStoryByUrl, saveStory } from './stories';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

describe('schema versions', () => {
  it('reads data written by version 1 intact and builds the word index', async () => {
    const name = uniqueDbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const { article, analysis } = makeStoryInput({ title: 'The Greenland ice sheet loses mass', journal: 'Nature' });
    const data: StoryData = {
      url: 'https://news.example.org/ice',
      title: article.title,
      byline: 'Ada Lovelace',
      siteName: 'Example News',
      publishedTime: '2024-03-05T10:00:00.000Z',
      lang: 'en',
      excerpt: null,
      savedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_500,
      analysis,
      contentHtml: '<p>Melting glaciers</p>',
      text: 'Satellite data show melting glaciers.',
      wordCount: 5,
      tags: ['climate'],
      notes: 'Ask about sea level',
      read: true,
      highlights: [],
    };
    // Version 1 rows had every derived field except the two version 2 added.
    const { words: _w, sortTitle: _s, ...v1Derived } = deriveFields(data);
    await v1.table('stories').add({ ...data, ...v1Derived });
    v1.close();

    const db = track(openCaveatDb(name));
    const story = await getStoryByUrl(db, 'https://news.example.org/ice');
    expect(story).toMatchObject(data);
    expect(story?.sortTitle).toBe('greenland ice sheet loses mass');
    expect(story?.words).toEqual(expect.arrayContaining(['greenland', 'glaciers', 'climate', 'sea', 'satellite']));
    expect(story?.words).not.toContain('the');
    expect(await db.stories.where('words').equals('glaciers').count()).toBe(1);
    expect(db.verno).toBe(CURRENT_VERSION);
    // Version 3's small rows table is filled from the version 1 records.
    expect(await db.rows.get(story!.id)).toMatchObject({ title: data.title, savedAt: data.savedAt, sortTitle: 'greenland ice sheet loses mass', read: true, tags: ['climate'] });
    // Version 4's counters are built from those rows.
    expect(await listFacets(db)).toMatchObject({ total: 1, unread: 0, tags: [{ value: 'climate', count: 1 }], journals: [{ value: 'Nature', count: 1 }] });
    // Version 5's word counts come from the index version 3 rebuilt.
    expect(await wordCount(db, 'glaciers')).toBe(1);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('version 5 counts the stories of every word of a version 4 database, and searches use the counts', async () => {
    const name = uniqueDbName();
    const v4 = new Dexie(name);
    v4.version(1).stores(V1_STORES);
    v4.version(2).stores(V2_STORES);
    v4.version(3).stores(V3_STORES);
    v4.version(4).stores(V4_STORES);
    const bodies = ['ice melt ice', 'ice cores drilled', 'tumour cells', 'ice tumour'];
    const records = bodies.map((text, i) => {
      const data: StoryData = {
        url: `https://news.example.org/v4/${i}`, title: `Story ${i}`, byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null,
        savedAt: 10 + i, updatedAt: 10 + i, analysis: makeStoryInput().analysis, contentHtml: '<p>x</p>', text, wordCount: 3, tags: [], notes: '', read: false, highlights: [],
      };
      return { ...data, ...deriveFields(data), id: i + 1 } as StoredStory;
    });
    // More stories than the upgrade reads per request, so it reads in several chunks.
    const filler = Array.from({ length: 450 }, (_, i) => {
      const data = { ...records[0], url: `https://news.example.org/v4/f${i}`, title: `Filler ${i}`, text: `ice floe${i % 3}` };
      return { ...data, ...deriveFields(data), id: 100 + i } as StoredStory;
    });
    await v4.table('stories').bulkAdd([...records, ...filler]);
    await v4.table('rows').bulkAdd([...records, ...filler].map(rowOf));
    await v4.table('counts').bulkAdd([{ key: 'total', n: 454 }, { key: 'unread', n: 454 }]);
    v4.close();

    const db = track(openCaveatDb(name));
    expect(await searchStories(db, { query: 'ice ' })).toMatchObject({ total: 453 });
    expect(db.verno).toBe(CURRENT_VERSION);
    const counts = await allWordCounts(db);
    expect(Object.fromEntries([...counts].filter(([w]) => !/^(filler|floe)|^\d+$/.test(w)))).toEqual({
      story: 4, ice: 453, melt: 1, cores: 1, drilled: 1, tumour: 2, cells: 1,
    });
    expect([counts.get('filler'), counts.get('floe0'), counts.get('floe2')]).toEqual([450, 150, 150]);
    expect(await staleWordCounts(db)).toEqual([]);
    // Writes after the upgrade keep the counts built by it.
    await saveStory(db, makeStoryInput({ url: 'https://news.example.org/v4/9', title: 'Ice again', paragraphs: ['ice'] }));
    expect(await wordCount(db, 'ice')).toBe(454);
    expect(await staleWordCounts(db)).toEqual([]);
  });

  it('version 3 rebuilds a version 2 word index without function words, data intact', async () => {
    const name = uniqueDbName();
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    const input = makeStoryInput({ url: 'https://news.example.org/v2', title: 'Ice cores', paragraphs: ['However the cores were drilled through ice.'] });
    const record = {
      url: 'https://news.example.org/v2', title: 'Ice cores', byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null,
      savedAt: 5, updatedAt: 6, analysis: input.analysis, contentHtml: '<p>x</p>', text: 'However the cores were drilled through ice.',
      wordCount: 7, tags: [], notes: '', read: false, highlights: [],
    } satisfies StoryData;
    // Version 2 indexed "however" and "through"; version 3 leaves such words out.
    await v2.table('stories').add({ ...record, ...deriveFields(record), words: ['ice', 'cores', 'however', 'through', 'drilled'] });
    v2.close();

    const db = track(openCaveatDb(name));
    const story = await getStoryByUrl(db, record.url);
    expect(story).toMatchObject(record);
    expect(story?.words).toEqual(expect.arrayContaining(['ice', 'cores', 'drilled']));
    expect(story?.words).not.toContain('however');
    expect(await db.stories.where('words').equals('through').count()).toBe(0);
  });

  it('refuses a database written by a newer version with a typed error', async () => {
    const name = uniqueDbName();
    const future = new Dexie(name);
    future.version(30).stores({ ...V2_STORES, later: '++id' });
    await future.open();
    future.close();
    const db = track(openCaveatDb(name));
    await expect(getStoryByUrl(db, 'https://x.example/')).rejects.toBeInstanceOf(DatabaseVersionError);
  });
});

describe('saveStory', () => {
  let db: CaveatDb;
  afterEach(() => undefined);

  it('creates one entry per canonical URL and updates it on a second save', async () => {
    db = track(openCaveatDb(uniqueDbName()));
    const first = await saveStory(db, { ...makeStoryInput({ url: 'https://news.example.org/a?utm_source=x#top', title: 'First title' }), now: 1000 });
    expect(first.created).toBe(true);
    expect(first.story.url).toBe('https://news.example.org/a');
    await db.stories.update(first.story.id, { tags: ['keep'], notes: 'mine', read: true, readKey: 1 });

    const again = await saveStory(db, { ...makeStoryInput({ url: 'https://NEWS.example.org/a', title: 'Updated title' }), now: 2000 });
    expect(again.created).toBe(false);
    expect(again.story.id).toBe(first.story.id);
    expect(await db.stories.count()).toBe(1);
    const stored = await getStoryByUrl(db, 'https://news.example.org/a#comments');
    expect(stored).toMatchObject({ title: 'Updated title', savedAt: 1000, updatedAt: 2000, tags: ['keep'], notes: 'mine', read: true });
    expect(stored?.words).toContain('keep');
  });

  it('files a story under the canonical URL the page declares', async () => {
    db = track(openCaveatDb(uniqueDbName()));
    await saveStory(db, makeStoryInput({ url: 'https://m.example.org/a', canonicalUrl: 'https://www.example.org/a' }));
    expect(await getStoryByUrl(db, 'https://www.example.org/a')).toBeDefined();
    expect(await getStoryByUrl(db, 'https://m.example.org/a')).toBeUndefined();
  });

  it('stores derived filter fields from the analysis', async () => {
    db = track(openCaveatDb(uniqueDbName()));
    const { story } = await saveStory(db, makeStoryInput({ studyType: 'animal', journal: 'Science Advances', doi: '10.1126/sciadv.x1' }));
    expect(story).toMatchObject({ studyType: 'animal', peerReview: 'peer-reviewed', journal: 'Science Advances', readKey: 0, read: false });
    expect(story.publishedAt).toBe(Date.parse('2024-03-05T10:00:00.000Z'));
  });

  it('without a DOM, keeps raw markup out and stores escaped paragraphs', async () => {
    db = track(openCaveatDb(uniqueDbName()));
    const input = makeStoryInput({ paragraphs: ['Cells <b>grew</b> & divided.'], contentHtml: '<p onclick="x()">Cells</p><script>alert(1)</script>' });
    const { story } = await saveStory(db, { ...input, contentHtml: input.article.contentHtml, rawHtml: true });
    expect(story.contentHtml).toBe('<p>Cells &lt;b&gt;grew&lt;/b&gt; &amp; divided.</p>');
  });
});
