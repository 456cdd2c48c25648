/**
 * Synthetic stories for the reading-list benchmark (scripts/bench-library.mjs): deterministic, shaped like
 * news stories (about 800 words, a Zipf-like vocabulary with English function words, paragraphs, an analysis).
 * No real text: the words are made from syllables.
 */
import type { Analysis, StudyType } from '../analysis/types';
import type { ExtractedArticle } from '../extract/types';

/** A word in 1 story in 100, placed deep in the body: its matches grow with the list (10 at 1,000, 100 at 10,000). */
export const BENCH_NEEDLE = 'xylophonic';

const FUNCTION_WORDS = 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were their one all we can has there been if more when will would who so no'.split(' ');
const SYLLABLES = 'ba ce di fo gu ka le mi no pu ra se ti vo zu tra pre cli mon gen ver sta lo bri cor del fen'.split(' ');
const STUDY: StudyType[] = ['animal', 'human-trial', 'observational', 'in-vitro', 'observation', 'lab-experiment'];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
}

let vocab: string[] | null = null;
/** 30,000 made-up content words, built once. */
function vocabulary(): string[] {
  if (vocab) return vocab;
  const r = rng(42);
  vocab = Array.from({ length: 30_000 }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));
  return vocab;
}

export interface BenchStory {
  article: ExtractedArticle;
  analysis: Analysis;
}

/** Story number `i`: the same words every run. */
export function benchStory(i: number): BenchStory {
  const words = vocabulary();
  const r = rng(i * 7919 + 1);
  // Four words in ten are function words (as in English prose); content words are drawn Zipf-like.
  const draw = () => (r() < 0.4 ? FUNCTION_WORDS[Math.floor(FUNCTION_WORDS.length * r() ** 2)] : words[Math.floor(words.length * r() ** 3)]);
  const paragraphs: string[] = [];
  for (let p = 0; p < 12; p++) paragraphs.push(Array.from({ length: 66 }, draw).join(' ') + '.');
  if (i % 100 === 0) paragraphs[10] += ` The ${BENCH_NEEDLE} result held.`;
  const title = `${draw()} ${words[i % words.length]} study ${i}`;
  const text = paragraphs.join('\n\n');
  const url = `https://news.example.org/bench/${i}`;
  const publishedTime = new Date(1.7e12 + i * 6e7).toISOString();
  const wordCount = text.split(/\s+/).length;
  const journal = i % 3 ? `Journal ${i % 40}` : undefined;
  const article: ExtractedArticle = {
    url,
    title,
    byline: 'A. Writer',
    siteName: `Site ${i % 25}`,
    publishedTime,
    lang: 'en',
    excerpt: paragraphs[0],
    contentHtml: paragraphs.map((p, k) => (k === 4 ? `<h2>${p.slice(0, 30)}</h2>` : `<p>${p.replace(/^(\S+)/, '<em>$1</em>')}</p>`)).join(''),
    text,
    paragraphs,
    headings: [],
    links: [],
    wordCount,
    readingMinutes: Math.round(wordCount / 230),
    metadata: { jsonLd: [], citation: {}, dublinCore: {}, openGraph: {}, meta: {} },
  };
  const analysis: Analysis = {
    url,
    article: { title, byline: article.byline, siteName: article.siteName, publishedTime, lang: 'en', excerpt: article.excerpt, wordCount, readingMinutes: article.readingMinutes },
    research: {
      studyType: STUDY[i % STUDY.length],
      subjects: 'none',
      humanPhase: null,
      peerReview: journal ? 'peer-reviewed' : 'unknown',
      sure: true,
      confidence: 0.7,
      evidence: [{ label: 'studyType', text: paragraphs[1].slice(0, 160) }],
      caveats: [],
      ...(journal ? { journal } : {}),
    },
    sources: journal ? [{ kind: 'journal', name: journal, evidence: paragraphs[2].slice(0, 120) }] : [],
    glossary: [],
    claims: [],
  };
  return { article, analysis };
}

/** The made-up content word of a given frequency rank (0 = the most common, in most stories). */
export function benchWord(rank: number): string {
  return vocabulary()[rank];
}
