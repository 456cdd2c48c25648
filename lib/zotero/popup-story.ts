/** The story the popup sends to Zotero: the saved one (with notes and highlights) when it is in the list, else the page as read now. */
import type { Analysis } from '../analysis/types';
import { getStoryByUrl, storyUrl, type CaveatDb, type StoryData } from '../db';
import type { ExtractedArticle } from '../extract/types';

export function articleStory(article: ExtractedArticle, analysis: Analysis, now = Date.now()): StoryData {
  return {
    url: storyUrl(article),
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    savedAt: now,
    updatedAt: now,
    analysis,
    contentHtml: '',
    text: article.text,
    wordCount: article.wordCount,
    tags: [],
    notes: '',
    read: false,
    highlights: [],
  };
}

export async function popupStory(db: CaveatDb, article: ExtractedArticle, analysis: Analysis): Promise<StoryData> {
  return (await getStoryByUrl(db, storyUrl(article))) ?? articleStory(article, analysis);
}
