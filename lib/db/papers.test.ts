// @vitest-environment node
// Checked papers in the reading list: the cache per DOI, saved stories carrying the check, the filter, the re-check list, v8.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREPRINT_CHECK, RETRACTED_CHECK } from '../../tests/support/paper-checks';
import { makeStoryData, makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import type { PaperCheck } from '../paper/types';
import { storyData, withDerived } from './derive';
import { cachedPaperCheck, forgetPaperMatch, papersToRecheck, recordPaperCheck } from './papers';
import { rowOf } from './rows';
import { openCaveatDb, V5_STORES, V7_STORES, type CaveatDb } from './schema';
import { listFacets, searchStories } from './search';
import { getStory, saveStory } from './stories';
import { StoryDataError } from './errors';
import { checkBackupStory } from './story-check';
import { toBackupStory } from './export-json';

let db: CaveatDb;
let name: string;
beforeEach(() => {
  name = uniqueDbName('papers');
});
afterEach(async () => {
  db?.close();
  await Dexie.delete(name);
});

const RETRACTED: PaperCheck = { ...RETRACTED_CHECK, openCopyNote: 'none' };

const PREPRINT: PaperCheck = {
  ...PREPRINT_CHECK,
  openCopy: { url: 'https://www.medrxiv.org/content/10.1101/2099.01.02.24399999v1.full.pdf', pdf: true, host: 'repository' },
};

const input = (url: string, o: Parameters<typeof makeStoryInput>[0] = {}) => makeStoryInput({ url, ...o });

describe('a paper check in the reading list', () => {
  it('lands on every saved story citing the DOI: flag, row, counter, filter, and peer review as Crossref tells it', async () => {
    db = openCaveatDb(name);
    const a = (await saveStory(db, { ...input('https://news.example.org/dye', { doi: RETRACTED.doi, studyType: 'observational' }), now: 1 })).story;
    const b = (await saveStory(db, { ...input('https://other.example.net/dye-too', { doi: RETRACTED.doi }), now: 2 })).story;
    const c = (await saveStory(db, { ...input('https://news.example.org/rsv', { doi: PREPRINT.doi, peerReview: 'preprint' }), now: 3 })).story;
    expect((await searchStories(db, { paperFlagged: true })).total).toBe(0);

    expect(await recordPaperCheck(db, RETRACTED, undefined, 10)).toBe(2);
    expect(await recordPaperCheck(db, PREPRINT, undefined, 11)).toBe(1);
    const [sa, sb, sc] = await Promise.all([a, b, c].map((s) => getStory(db, s.id)));
    expect(sa?.paper).toEqual(RETRACTED);
    expect(sb?.paperFlag).toBe(1);
    expect(sa?.updatedAt).toBe(10);
    expect((await db.rows.get(a.id))?.paperStatus).toBe('retraction');
    expect((await searchStories(db, { paperFlagged: true })).ids.sort()).toEqual([a.id, b.id].sort());
    expect((await searchStories(db, { paperFlagged: true, studyType: 'observational' })).ids).toEqual([a.id]);
    expect((await db.counts.get('paperFlag'))?.n).toBe(2);
    // The preprint Crossref says was published: peer reviewed in the library's facets and filter.
    expect(sc?.peerReview).toBe('peer-reviewed');
    expect((await listFacets(db)).peerReviews.find((f) => f.value === 'preprint')).toBeUndefined();
    for (const s of [sa, sb, sc]) expect(s).toEqual({ ...withDerived(storyData(s!)), id: s!.id });
  });

  it('a story saved after its paper was checked carries the check from the cache', async () => {
    db = openCaveatDb(name);
    await recordPaperCheck(db, RETRACTED);
    expect(await cachedPaperCheck(db, { doi: RETRACTED.doi })).toEqual(RETRACTED);
    const { story } = await saveStory(db, input('https://news.example.org/later', { doi: RETRACTED.doi }));
    expect(story.paper).toEqual(RETRACTED);
    expect(story.paperFlag).toBe(1);
    // Saved again (a second click), it keeps the check.
    const again = await saveStory(db, input('https://news.example.org/later', { doi: RETRACTED.doi }));
    expect(again.story.paper).toEqual(RETRACTED);
  });

  it('a paper the reader chose for a story without a DOI is kept by the story address, and can be forgotten', async () => {
    db = openCaveatDb(name);
    const url = 'https://news.example.org/foxes';
    const chosen: PaperCheck = { ...RETRACTED, doi: '10.5555/caveat.candidate', updates: [], matchedBy: 'reader' };
    await recordPaperCheck(db, chosen, url);
    expect(await cachedPaperCheck(db, { url: `${url}?utm_source=x` })).toEqual(chosen);
    const { story } = await saveStory(db, input(url));
    expect(story.paper?.doi).toBe(chosen.doi);
    expect(story.paperDoi).toBe(chosen.doi);
    // The library's re-check keeps it the reader's choice.
    expect(await papersToRecheck(db)).toEqual([{ doi: chosen.doi, matchedBy: 'reader' }]);
    await recordPaperCheck(db, { ...chosen, matchedBy: undefined, checkedAt: '2026-12-07T00:00:00.000Z' });
    expect((await getStory(db, story.id))?.paper?.matchedBy).toBe('reader');
    await forgetPaperMatch(db, url);
    expect(await cachedPaperCheck(db, { url })).toBeUndefined();
    const after = await getStory(db, story.id);
    expect(after?.paper).toBeUndefined();
    expect(after?.paperDoi).toBe('');
  });

  it('lists every cited DOI once for the re-check', async () => {
    db = openCaveatDb(name);
    await saveStory(db, input('https://news.example.org/1', { doi: RETRACTED.doi }));
    await saveStory(db, input('https://news.example.org/2', { doi: RETRACTED.doi }));
    await saveStory(db, input('https://news.example.org/3', { doi: PREPRINT.doi }));
    await saveStory(db, input('https://news.example.org/4'));
    expect((await papersToRecheck(db)).map((i) => i.doi).sort()).toEqual([PREPRINT.doi, RETRACTED.doi].sort());
  });
});

describe('the one story check and a paper check', () => {
  const story = (paper: unknown) => ({ ...toBackupStory(makeStoryData(input('https://news.example.org/x'))), paper });

  it('keeps a paper check whole, and drops an open copy whose link is no web address', () => {
    expect(checkBackupStory(story(PREPRINT)).paper).toEqual(PREPRINT);
    const hostile = { ...PREPRINT, openCopy: { url: 'javascript:alert(1)', pdf: true } };
    const { openCopy, ...rest } = PREPRINT;
    expect(openCopy).toBeDefined();
    expect(checkBackupStory(story(hostile)).paper).toEqual(rest);
  });

  it('refuses a paper check of the wrong kind, naming the value', () => {
    expect(() => checkBackupStory(story({ ...RETRACTED, updates: [{ kind: 'vanished' }] }))).toThrow(StoryDataError);
    expect(() => checkBackupStory(story({ ...RETRACTED, checkedAt: 'yesterday' }))).toThrow(expect.objectContaining({ path: '$.paper.checkedAt' }));
  });
});


describe('schema version 8', () => {
  it('gives stories saved by version 7 their cited DOI, indexed, and an empty papers table', async () => {
    const old = new Dexie(name);
    [V5_STORES, V5_STORES, V7_STORES].forEach((stores, i) => old.version(i + 5).stores(stores));
    const cites = makeStoryData(input('https://news.example.org/v7', { doi: RETRACTED.doi }));
    const plain = makeStoryData(input('https://news.example.org/v7-plain'));
    const records = [cites, plain].map((d, i) => {
      const { paperDoi: _d, paperFlag: _f, ...v7 } = { ...withDerived(d), id: i + 1 };
      return v7;
    });
    await old.table('stories').bulkAdd(records);
    await old.table('rows').bulkAdd(records.map((r) => rowOf(r as never)));
    old.close();
    db = openCaveatDb(name);
    const stored = await db.stories.orderBy('id').toArray();
    expect(stored.map((s) => [s.paperDoi, s.paperFlag])).toEqual([[RETRACTED.doi, 0], ['', 0]]);
    expect(stored.map(storyData)).toEqual([cites, plain]);
    expect(await db.stories.where('paperDoi').equals(RETRACTED.doi).count()).toBe(1);
    expect(await db.papers.count()).toBe(0);
  });
});
