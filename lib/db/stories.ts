/** Saving and reading single stories. */
import type { Analysis } from '../analysis/types';
import type { ExtractedArticle } from '../extract/types';
import { withDerived } from './derive';
import { guard } from './errors';
import { canSanitize, paragraphsToHtml, sanitizeArticleHtml } from './sanitize';
import type { CaveatDb, StoredStory, StoryData } from './schema';
import { citedDoi } from '../paper/story';
import type { PaperCheck } from '../paper/types';
import { paperForSave, paperTables } from './papers';
import { putStories } from './rows';
import { fitStory } from './story-check';
import { canonicalUrl, storyUrl } from './url';

export { storyUrl };

export interface SaveStoryInput {
  article: ExtractedArticle;
  analysis: Analysis;
  /** Article markup ALREADY sanitised by the caller (e.g. the popup ran sanitizeArticleHtml). */
  contentHtml?: string;
  /** Set when `contentHtml` is raw page markup: it is sanitised here (or replaced by escaped paragraphs with no DOM). */
  rawHtml?: boolean;
  /** The paper check the popup holds for this story, if any (the cache is read too; the newer wins). */
  paper?: PaperCheck;
  /** Clock for tests. */
  now?: number;
}

export interface SaveStoryResult {
  story: StoredStory;
  /** false when the URL was already saved and its entry was updated. */
  created: boolean;
}


function storedHtml(input: SaveStoryInput): string {
  if (input.contentHtml !== undefined && !input.rawHtml) return input.contentHtml;
  const raw = input.contentHtml ?? input.article.contentHtml;
  // An MV3 service worker has no DOM for DOMPurify: keep the text, escaped, rather than unsanitised markup.
  return canSanitize() ? sanitizeArticleHtml(raw) : paragraphsToHtml(input.article.paragraphs);
}

/**
 * Saves a story, or updates the saved entry with the same canonical URL (keeping its tags, notes, read state and first
 * save date). Over-long fields are cut (lib/db/story-check.ts); a story without a web address is refused (StoryDataError).
 */
export async function saveStory(db: CaveatDb, input: SaveStoryInput): Promise<SaveStoryResult> {
  const { article, analysis } = input;
  const url = storyUrl(article);
  const contentHtml = storedHtml(input);
  const now = input.now ?? Date.now();
  return guard(() =>
    db.transaction('rw', paperTables(db), async () => {
      const existing = await db.stories.where('url').equals(url).first();
      // A paper checked before the story was saved (or since, in another tab) comes along.
      const paper = await paperForSave(db, citedDoi(analysis), url, input.paper ?? existing?.paper);
      const data: StoryData = {
        url,
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        publishedTime: article.publishedTime,
        lang: article.lang,
        excerpt: article.excerpt,
        savedAt: existing?.savedAt ?? now,
        updatedAt: now,
        analysis,
        contentHtml,
        text: article.text,
        wordCount: article.wordCount,
        tags: existing?.tags ?? [],
        notes: existing?.notes ?? '',
        read: existing?.read ?? false,
        highlights: existing?.highlights ?? [],
        ...(paper ? { paper } : {}),
      };
      // The same check export and import run: what is saved always exports and imports back whole.
      const record = withDerived(fitStory(data)) as StoredStory;
      if (existing) record.id = existing.id;
      const [id] = await putStories(db, [record], existing ? [existing] : []);
      return { story: { ...record, id }, created: !existing };
    }),
  );
}

/** The saved story for a URL (any spelling that canonicalises the same), or undefined. */
export async function getStoryByUrl(db: CaveatDb, url: string): Promise<StoredStory | undefined> {
  return guard(() => db.stories.where('url').equals(canonicalUrl(url)).first());
}

export async function getStory(db: CaveatDb, id: number): Promise<StoredStory | undefined> {
  return guard(() => db.stories.get(id));
}

/** Every saved story, newest save first (for "export all"). */
export async function getAllStories(db: CaveatDb): Promise<StoredStory[]> {
  return guard(async () => (await db.stories.orderBy('savedAt').reverse().toArray()));
}

export async function getStories(db: CaveatDb, ids: number[]): Promise<StoredStory[]> {
  return guard(async () => (await db.stories.bulkGet(ids)).filter((s): s is StoredStory => !!s));
}
