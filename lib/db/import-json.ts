/** importJson: merges a Caveat JSON backup into the reading list by URL: every valid story, in one transaction. */
import { withDerived } from './derive';
import { guard } from './errors';
import { fromBackupStory } from './export-json';
import { parseBackup, type ImportProblem } from './import-validate';
import type { CaveatDb, StoredStory, StoryData } from './schema';
import { putStories, storyTables } from './rows';

export type { ImportProblem };

export interface ImportReport {
  /** Stories whose URL was not in the reading list. */
  added: number;
  /** Stories already saved whose backup copy is newer (by updatedAt): replaced, keeping their id. */
  updated: number;
  /** Stories already saved in the same or a newer state, and repeats within the file. */
  skipped: number;
  /** Stories of the file that could not be restored, and why; the others were. */
  failed: ImportProblem[];
}

/**
 * Checks the file (ImportError when it is no backup at all: nothing written), then each story through the one
 * story check, and writes every valid one in one transaction: a storage error aborts it and nothing is written.
 * The stored HTML stays as imported; the reader sanitises at display.
 */
export async function importJson(db: CaveatDb, text: string): Promise<ImportReport> {
  const { stories, problems } = parseBackup(text);
  // Newest copy per URL wins within the file too.
  const byUrl = new Map<string, StoryData>();
  let skipped = 0;
  for (const b of stories) {
    const data = fromBackupStory(b);
    const seen = byUrl.get(data.url);
    if (seen) skipped += 1;
    if (!seen || data.updatedAt > seen.updatedAt) byUrl.set(data.url, data);
  }
  return guard(() =>
    db.transaction('rw', storyTables(db), async () => {
      const existing = new Map((await db.stories.where('url').anyOf([...byUrl.keys()]).toArray()).map((s) => [s.url, s]));
      const writes: StoredStory[] = [];
      let added = 0;
      let updated = 0;
      for (const data of byUrl.values()) {
        const old = existing.get(data.url);
        if (old && old.updatedAt >= data.updatedAt) {
          skipped += 1;
          continue;
        }
        const record = withDerived(data) as StoredStory;
        if (old) {
          record.id = old.id;
          updated += 1;
        } else {
          added += 1;
        }
        writes.push(record);
      }
      await putStories(db, writes, [...existing.values()]);
      return { added, updated, skipped, failed: problems };
    }),
  );
}
