/** Synthetic articles and analyses for reading-list tests and the benchmark (no corpus text). */
import type { Analysis, PeerReview, Source, StudyType, ClaimWarning } from '../../lib/analysis/types';
import type { StoryData } from '../../lib/db/schema';
import type { ExtractedArticle } from '../../lib/extract/types';

export interface StoryOptions {
  url?: string;
  canonicalUrl?: string;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  paragraphs?: string[];
  contentHtml?: string;
  studyType?: StudyType;
  peerReview?: PeerReview;
  journal?: string;
  doi?: string;
  paperUrl?: string;
  /** A claim warning the analysis carries (the library's claims filter and the exports read it). */
  claimWarning?: ClaimWarning;
}

export function makeArticle(o: StoryOptions = {}): ExtractedArticle {
  const paragraphs = o.paragraphs ?? ['Researchers tested a new battery material in the laboratory.', 'The prototype kept its charge for months.'];
  const text = paragraphs.join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    url: o.url ?? 'https://news.example.org/story-1',
    title: o.title ?? 'A new battery keeps its charge',
    byline: o.byline === undefined ? 'Ada Lovelace' : o.byline,
    siteName: o.siteName === undefined ? 'Example News' : o.siteName,
    publishedTime: o.publishedTime === undefined ? '2024-03-05T10:00:00.000Z' : o.publishedTime,
    lang: 'en',
    excerpt: paragraphs[0] ?? null,
    contentHtml: o.contentHtml ?? paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text,
    paragraphs,
    headings: [],
    links: [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    metadata: { canonicalUrl: o.canonicalUrl, jsonLd: [], citation: {}, dublinCore: {}, openGraph: {}, meta: {} },
  };
}

export function makeAnalysis(article: ExtractedArticle, o: StoryOptions = {}): Analysis {
  const sources: Source[] = [];
  if (o.journal) sources.push({ kind: 'journal', name: o.journal, evidence: `published in ${o.journal}` });
  if (o.doi || o.paperUrl) sources.push({ kind: 'paper', doi: o.doi, url: o.paperUrl ?? (o.doi ? `https://doi.org/${o.doi}` : undefined) });
  sources.push({ kind: 'institution', name: 'Example University' });
  return {
    url: article.url,
    article: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      excerpt: article.excerpt,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
    },
    research: {
      studyType: o.studyType ?? 'lab-experiment',
      subjects: 'none',
      humanPhase: null,
      peerReview: o.peerReview ?? (o.journal ? 'peer-reviewed' : 'unknown'),
      sure: true,
      confidence: 0.8,
      evidence: [{ label: 'studyType', text: article.paragraphs[0] ?? '' }],
      caveats: [],
      ...(o.journal ? { journal: o.journal } : {}),
    },
    sources,
    glossary: [{ term: 'prototype', definition: 'An early working model.', matched: ['prototype'], count: 1 }],
    claims: [{ text: article.title, strength: o.claimWarning ? 'causal' : 'none', probability: 0.9, part: 'headline' }],
    ...(o.claimWarning ? { claimWarning: o.claimWarning } : {}),
  };
}

/** A saveStory input in one call. */
export function makeStoryInput(o: StoryOptions = {}) {
  const article = makeArticle(o);
  return { article, analysis: makeAnalysis(article, o), contentHtml: article.contentHtml };
}

/** A story's stored fields as saveStory would keep them, without touching a database; `extra` overrides any. */
export function makeStoryData({ article, analysis }: ReturnType<typeof makeStoryInput>, extra: Partial<StoryData> = {}): StoryData {
  return {
    url: article.url, title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang: 'en', excerpt: article.excerpt, savedAt: 1_000, updatedAt: 2_000, analysis, contentHtml: article.contentHtml, text: article.text,
    wordCount: article.wordCount, tags: [], notes: '', read: false, highlights: [], ...extra,
  };
}

let counter = 0;
/** A database name no other test uses. */
export function uniqueDbName(prefix = 'caveat-test'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}`;
}
