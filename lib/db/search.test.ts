// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName, type StoryOptions } from '../../tests/support/stories';
import { addTag, setNotes, setRead } from './bulk';
import { openCaveatDb, type CaveatDb } from './schema';
import { listFacets, searchIds, searchStories } from './search';
import { saveStory } from './stories';
import { queryWords } from './words';

let db: CaveatDb;
const ids: Record<string, number> = {};

async function add(key: string, o: StoryOptions, now: number) {
  const { story } = await saveStory(db, { ...makeStoryInput({ url: `https://news.example.org/${key}`, ...o }), now });
  ids[key] = story.id;
}

beforeEach(async () => {
  db = openCaveatDb(uniqueDbName());
  await add('mice', { title: 'CAR-T cells clear tumours in mice', paragraphs: ['Memory cells persisted in the mouse model.'], studyType: 'animal', journal: 'Science Advances', publishedTime: '2024-01-10T00:00:00Z' }, 3000);
  await add('vaccine', { title: 'An mRNA vaccine in a phase 3 trial', paragraphs: ['Participants were randomised to the vaccine or placebo.'], studyType: 'human-trial', journal: 'The Lancet', publishedTime: '2024-05-01T00:00:00Z' }, 1000);
  await add('ice', { title: 'Greenland ice sheet melts faster', paragraphs: ['Satellite data show the ice sheet thinning.'], studyType: 'observation', publishedTime: null }, 2000);
  await setNotes(db, ids.ice, 'Compare with Antarctic figures');
  await addTag(db, [ids.mice, ids.vaccine], 'Cancer');
  await setRead(db, [ids.vaccine], true);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const titles = async (params: Parameters<typeof searchStories>[1]) => (await searchStories(db, params)).stories.map((s) => s.url.split('/').pop());

describe('searchStories', () => {
  it('finds words from the body, notes and tags, case- and accent-insensitively', async () => {
    expect(await titles({ query: 'PLACEBO' })).toEqual(['vaccine']);
    expect(await titles({ query: 'antarctic' })).toEqual(['ice']);
    expect(await titles({ query: 'cancer' })).toEqual(['mice', 'vaccine']);
    expect(await titles({ query: 'mémory' })).toEqual(['mice']);
    expect(await titles({ query: 'zebrafish' })).toEqual([]);
  });

  it('requires every word and treats the last as a prefix while typing', async () => {
    expect(await titles({ query: 'cancer rando' })).toEqual(['vaccine']);
    expect(await titles({ query: 'cancer rando ' })).toEqual([]);
    expect(await titles({ query: 'the sat' })).toEqual(['ice']);
    expect(queryWords('the mice ')).toEqual({ whole: ['mice'], prefix: null });
  });

  it('filters by study type, peer review, journal, tag and read state', async () => {
    expect(await titles({ studyType: 'animal' })).toEqual(['mice']);
    expect(await titles({ peerReview: 'peer-reviewed' })).toEqual(['mice', 'vaccine']);
    expect(await titles({ journal: 'The Lancet' })).toEqual(['vaccine']);
    expect(await titles({ tag: 'Cancer', read: false })).toEqual(['mice']);
    expect(await titles({ read: true })).toEqual(['vaccine']);
    expect(await titles({ query: 'cells', studyType: 'human-trial' })).toEqual([]);
  });

  it('sorts and pages', async () => {
    expect(await titles({})).toEqual(['mice', 'ice', 'vaccine']);
    expect(await titles({ sort: 'saved-asc' })).toEqual(['vaccine', 'ice', 'mice']);
    expect(await titles({ sort: 'published-desc' })).toEqual(['vaccine', 'mice', 'ice']);
    expect(await titles({ sort: 'title-asc' })).toEqual(['mice', 'ice', 'vaccine']);
    const page = await searchStories(db, { sort: 'saved-asc', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, ids: [ids.ice] });
    const filtered = await searchStories(db, { query: 'cancer', sort: 'saved-asc', limit: 1, offset: 1 });
    expect(filtered).toMatchObject({ total: 2, ids: [ids.mice] });
  });
});

describe('listFacets', () => {
  it('counts tags, journals, study types, peer review and unread', async () => {
    const f = await listFacets(db);
    expect(f.total).toBe(3);
    expect(f.unread).toBe(2);
    expect(f.tags).toEqual([{ value: 'Cancer', count: 2 }]);
    expect(f.journals).toEqual([{ value: 'Science Advances', count: 1 }, { value: 'The Lancet', count: 1 }]);
    expect(f.studyTypes).toHaveLength(3);
    expect(f.peerReviews).toEqual([{ value: 'peer-reviewed', count: 2 }, { value: 'unknown', count: 1 }]);
  });
});

describe('search at scale (shape, not speed)', () => {
  it('finds a word from deep in a long body, short words exactly, and pages a search in order', async () => {
    // 3,000 body words with the needle last: no cap or window may drop it.
    const filler = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    await add('long', { title: 'A long feature', paragraphs: [filler.join(' ') + ' cryosphere.'], studyType: 'observation' }, 4000);
    expect(await titles({ query: 'cryosphere' })).toEqual(['long']);
    expect(await titles({ query: 'cryo' })).toEqual(['long']);
    // Two letters match a whole word only (no prefix scan of the index).
    await add('ai', { title: 'AI reads scans', paragraphs: ['An AI model read the scans.'] }, 5000);
    expect(await titles({ query: 'ai' })).toEqual(['ai']);
    expect(await titles({ query: 'c' })).toEqual(['ai', 'long', 'mice', 'ice', 'vaccine']);
    const all = await searchStories(db, { studyType: 'observation', sort: 'saved-desc', limit: 1, offset: 1 });
    expect(all).toMatchObject({ total: 2, ids: [ids.ice] });
    expect(await searchIds(db, { sort: 'saved-asc' })).toEqual([ids.vaccine, ids.ice, ids.mice, ids.long, ids.ai]);
    expect(await searchIds(db, { query: 'cells', sort: 'title-asc' })).toEqual([ids.mice]);
  });

  it('pages the unfiltered list from either end', async () => {
    const desc = await searchStories(db, { sort: 'saved-desc', limit: 2, offset: 1 });
    expect(desc.ids).toEqual([ids.ice, ids.vaccine]);
    expect((await searchStories(db, { sort: 'title-desc', limit: 5, offset: 2 })).ids).toEqual([ids.mice]);
    expect((await searchStories(db, { limit: 5, offset: 9 })).ids).toEqual([]);
  });
});
