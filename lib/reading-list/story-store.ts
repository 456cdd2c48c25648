import type { Analysis } from '../analysis/types';
import type { ExtractedArticle } from '../extract/types';
import { getStoryByUrl, openCaveatDb, removeStories, restoreStories, saveStory, storyUrl, type CaveatDb } from '../db';

/** What the popup's Save button needs from the reading list; a seam so the button is testable without IndexedDB. */
export interface SaveStore {
  /** The saved story's id for this article, if it is in the list. */
  find(article: ExtractedArticle): Promise<number | undefined>;
  save(article: ExtractedArticle, analysis: Analysis): Promise<number>;
  /** Removes the story and returns what undo needs to put it back as it was. */
  remove(id: number): Promise<unknown>;
  restore(snapshot: unknown): Promise<void>;
}

/** The Save button's store over the real database (loaded on demand so the popup's first paint skips Dexie). */
export function storeFor(db: CaveatDb = openCaveatDb()): SaveStore {
  return {
    find: async (article) => (await getStoryByUrl(db, storyUrl(article)))?.id,
    // rawHtml: the popup has a DOM, so saveStory sanitises the page's markup before storing it.
    save: async (article, analysis) => (await saveStory(db, { article, analysis, rawHtml: true })).story.id,
    remove: (id) => removeStories(db, [id]),
    restore: async (snapshot) => {
      await restoreStories(db, snapshot as Parameters<typeof restoreStories>[1]);
    },
  };
}
