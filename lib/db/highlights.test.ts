// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { restoreStories } from './bulk';
import { addHighlight, removeHighlight, updateHighlight } from './highlights';
import { openCaveatDb, V7_STORES, type CaveatDb } from './schema';
import { searchStories } from './search';
import { getStory, saveStory } from './stories';
import { exportStories, importJson } from './transfer';
import { StoryDataError } from './errors';

let db: CaveatDb;
let id: number;
const quote = { exact: 'kept its charge for months', prefix: 'The prototype ', suffix: '.', start: 70 };

beforeEach(async () => {
  db = openCaveatDb(uniqueDbName('highlights'));
  id = (await saveStory(db, makeStoryInput())).story.id;
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const found = async (query: string) => (await searchStories(db, { query })).stories.map((s) => s.id);

describe('highlights on a saved story', () => {
  it('keeps a highlight with its note and colour, found in the library by a word of the note', async () => {
    const { highlight } = await addHighlight(db, id, { ...quote, note: 'Compare with lithium cells', color: 'green' }, 5_000);
    expect(highlight).toMatchObject({ exact: quote.exact, note: 'Compare with lithium cells', color: 'green', createdAt: 5_000 });
    expect((await getStory(db, id))!.highlights).toEqual([highlight]);
    expect(await found('lithium')).toEqual([id]);
    await updateHighlight(db, id, highlight.id, { note: 'Ask about sodium' });
    expect(await found('sodium')).toEqual([id]);
    expect(await found('lithium')).toEqual([]);
  });

  it('does not add the same passage twice', async () => {
    const a = await addHighlight(db, id, quote);
    const b = await addHighlight(db, id, quote);
    expect(b.highlight.id).toBe(a.highlight.id);
    expect((await getStory(db, id))!.highlights).toHaveLength(1);
  });

  it('deletes with undo', async () => {
    const { highlight } = await addHighlight(db, id, { ...quote, note: 'lithium' });
    const snapshot = await removeHighlight(db, id, highlight.id);
    expect((await getStory(db, id))!.highlights).toEqual([]);
    expect(await found('lithium')).toEqual([]);
    await restoreStories(db, snapshot);
    expect((await getStory(db, id))!.highlights).toEqual([highlight]);
    expect(await found('lithium')).toEqual([id]);
  });

  it('survives saving the story again', async () => {
    const { highlight } = await addHighlight(db, id, quote);
    await saveStory(db, makeStoryInput());
    expect((await getStory(db, id))!.highlights).toEqual([highlight]);
  });

  it('goes out in a JSON backup and an import restores it; Markdown quotes it with its note', async () => {
    const { highlight } = await addHighlight(db, id, { ...quote, note: 'Compare with lithium cells' });
    const story = (await getStory(db, id))!;
    const backup = exportStories([story], 'json');
    const md = exportStories([story], 'markdown').text;
    expect(md).toContain('> kept its charge for months');
    expect(md).toContain('Note: Compare with lithium cells');
    for (const format of ['ris', 'bibtex', 'csl-json'] as const) {
      expect(exportStories([story], format).text).toContain('Highlight: “kept its charge for months” (note: Compare with lithium cells)');
    }
    const other = openCaveatDb(uniqueDbName('highlights-import'));
    try {
      expect(await importJson(other, backup.text)).toMatchObject({ added: 1, failed: [] });
      const [restored] = await other.stories.toArray();
      expect(restored.highlights).toEqual([highlight]);
      expect((await searchStories(other, { query: 'lithium' })).total).toBe(1);
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
  });

  it('an import refuses a highlight without words, naming it, and restores the file\'s other stories', async () => {
    const story = (await getStory(db, id))!;
    const backup = JSON.parse(exportStories([story], 'json').text);
    backup.stories.push({ ...backup.stories[0], url: 'https://news.example.org/other', highlights: [{ ...quote, id: 'x', exact: '  ', note: '', color: 'yellow', createdAt: 1 }] });
    const report = await importJson(db, JSON.stringify(backup));
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0].reason).toMatch(/highlighted words.*highlights\[0\]\.exact|highlights\[0\]\.exact.*highlighted words/);
  });

  it('refuses a highlight on a story that is not there', async () => {
    await expect(addHighlight(db, 999, quote)).rejects.toBeInstanceOf(StoryDataError);
  });
});

describe('schema version 9', () => {
  it('gives stories stored by version 7 an empty list of highlights', async () => {
    const name = uniqueDbName('v7');
    const old = new Dexie(name);
    old.version(7).stores({ ...V7_STORES });
    const { story } = await saveStory(db, makeStoryInput());
    const { id: _id, highlights: _h, ...v7 } = story;
    await old.table('stories').add(v7);
    old.close();
    const upgraded = openCaveatDb(name);
    try {
      expect(upgraded.verno).toBe(9);
      const [s] = await upgraded.stories.toArray();
      expect(s.highlights).toEqual([]);
      expect(upgraded.verno).toBe(9);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
