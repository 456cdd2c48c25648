// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { openCaveatDb, type CaveatDb } from './schema';
import { saveStory } from './stories';

let db: CaveatDb | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
});

describe('derived fields', () => {
  it('keeps a retracted study flagged in the list row, and clears the flag when the analysis no longer says so', async () => {
    db = openCaveatDb(uniqueDbName());
    const input = makeStoryInput();
    input.analysis.research.retracted = true;
    const { id } = (await saveStory(db, input)).story;
    expect((await db.rows.get(id))?.retracted).toBe(true);
    delete input.analysis.research.retracted;
    await saveStory(db, input);
    expect((await db.rows.get(id))?.retracted).toBe(false);
    expect((await db.stories.get(id))?.retracted).toBe(false);
  });
});
