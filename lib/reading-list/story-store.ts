import type { Analysis } from '../analysis/types';
import type { ExtractedArticle } from '../extract/types';
import { getStoryByUrl, openCaveatDb, removeStories, restoreStories, saveStory, snapshotUrls, storyUrl, type CaveatDb, type StorySnapshot } from '../db';
import { sendMessage } from '../messaging';

/** What the popup's Save button needs from the reading list; a seam so the button is testable without IndexedDB. */
export interface SaveStore {
  /** The saved story's id for this article, if it is in the list. */
  find(article: ExtractedArticle): Promise<number | undefined>;
  save(article: ExtractedArticle, analysis: Analysis): Promise<number>;
  /** Removes the story and returns what undo needs to put it back as it was. */
  remove(id: number): Promise<unknown>;
  restore(snapshot: unknown): Promise<void>;
}

/** Hears of stories removed (saved false) or put back by undo (saved true), by URL. */
export type SavedChange = (urls: string[], saved: boolean) => void;

/** Tells the background, which keeps tab badges in step; with no listener there is no badge to update. */
export const notifySavedChange: SavedChange = (urls, saved) => void sendMessage('storiesSavedChanged', { urls, saved }).catch(() => undefined);

/** The Save button's store over the real database (loaded on demand so the popup's first paint skips Dexie). */
export function storeFor(db: CaveatDb = openCaveatDb(), onSavedChange: SavedChange = notifySavedChange): SaveStore {
  return {
    find: async (article) => (await getStoryByUrl(db, storyUrl(article)))?.id,
    // rawHtml: the popup has a DOM, so saveStory sanitises the page's markup before storing it.
    save: async (article, analysis) => (await saveStory(db, { article, analysis, rawHtml: true })).story.id,
    remove: async (id) => {
      const snapshot = await removeStories(db, [id]);
      if (snapshot.stories.length) onSavedChange(snapshotUrls(snapshot), false);
      return snapshot;
    },
    restore: async (snapshot) => {
      await restoreStories(db, snapshot as StorySnapshot);
      onSavedChange(snapshotUrls(snapshot as StorySnapshot), true);
    },
  };
}
