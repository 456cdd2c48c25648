import type { ExtractedArticle } from '../extract/types';
import type { ArticleSummary } from './types';

/** What the popup's header shows of a story; apart so the popup can show it with the verdict, before the rest loads. */
export function summarize(a: ExtractedArticle): ArticleSummary {
  return {
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    lang: a.lang,
    excerpt: a.excerpt,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
  };
}
