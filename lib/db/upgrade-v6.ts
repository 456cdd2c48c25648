/**
 * Schema version 6: stories saved by older versions get every derived field computed afresh (`retracted` did not
 * exist for the first ones, so their rows said "not retracted"), pass the one story check (a javascript: address
 * from a trusted canonical link goes back to the page's own), and rows, counters and word counts are rebuilt.
 */
import type { Transaction } from 'dexie';
import { countKeys } from './counts';
import { storyData, withDerived } from './derive';
import { StoryDataError } from './errors';
import { rowOf } from './rows';
import type { StoredStory, StoryRow } from './schema';
import { fitStory } from './story-check';
import { buildWordCounts } from './word-counts';

/** The story within the check, or as it was when the check refuses it (export then writes it as it is). */
function refit(story: StoredStory): StoredStory {
  try {
    return { ...withDerived(fitStory(storyData(story))), id: story.id };
  } catch (error) {
    if (!(error instanceof StoryDataError)) throw error;
    return { ...withDerived(storyData(story)), id: story.id };
  }
}

export async function upgradeToV6(tx: Transaction): Promise<void> {
  const stories = tx.table('stories');
  // Addresses are unique: a story whose repaired address another already holds keeps its old one.
  const taken = new Set((await stories.orderBy('url').keys()) as string[]);
  const rows: StoryRow[] = [];
  await stories.toCollection().modify((story: StoredStory, ref: { value: StoredStory }) => {
    const next = refit(story);
    if (next.url !== story.url) {
      if (taken.has(next.url)) next.url = story.url;
      else taken.add(next.url);
    }
    ref.value = next;
    rows.push(rowOf(next));
  });
  const counts = new Map<string, number>();
  for (const row of rows) for (const key of countKeys(row)) counts.set(key, (counts.get(key) ?? 0) + 1);
  await tx.table('rows').clear();
  await tx.table('rows').bulkPut(rows);
  await tx.table('counts').clear();
  await tx.table('counts').bulkPut([...counts].map(([key, n]) => ({ key, n })));
  await buildWordCounts(tx);
}
