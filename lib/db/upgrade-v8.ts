/** Schema version 8: every saved story gets the DOI of the paper it cites, indexed, and an unset paper flag (no paper was checked before). */
import type { Transaction } from 'dexie';
import { citedDoi } from '../paper/story';
import type { StoredStory } from './schema';

export async function upgradeToV8(tx: Transaction): Promise<void> {
  await tx
    .table('stories')
    .toCollection()
    .modify((story: StoredStory) => {
      story.paperDoi = citedDoi(story.analysis ?? { sources: [] }) ?? '';
      story.paperFlag = 0;
    });
}
