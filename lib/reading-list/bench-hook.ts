/**
 * The benchmark's handle on the library page's own modules (bench builds only: WXT_CAVEAT_BENCH=1).
 * scripts/bench-library.mjs calls these through page.evaluate, so the numbers come from the real
 * IndexedDB of real Chromium, through the same code the extension runs.
 */
import { withDerived } from '../db/derive';
import { clearStories, putStories, storyTables } from '../db/rows';
import type { CaveatDb, StoredStory, StoryData } from '../db/schema';
import { searchRows, searchStories, type SearchParams } from '../db/search';
import { saveStory, storyUrl } from '../db/stories';
import { benchStory, benchWord, BENCH_NEEDLE } from './bench-stories';
import { PAGE_SIZE } from './library-pages';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function record(i: number, now: number): StoredStory {
  const { article, analysis } = benchStory(i);
  const data: StoryData = {
    url: storyUrl(article), title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang: article.lang, excerpt: article.excerpt, savedAt: now + i, updatedAt: now + i, analysis, contentHtml: article.contentHtml,
    text: article.text, wordCount: article.wordCount, tags: i % 7 ? [] : ['follow-up'], notes: '', read: i % 2 === 0, highlights: [],
  };
  return withDerived(data) as StoredStory;
}

export function benchHook(db: CaveatDb) {
  return {
    needle: BENCH_NEEDLE,
    commonWord: benchWord(0),
    midWord: benchWord(3000),
    count: () => db.stories.count(),
    /** Median ms of a page of 20 full records for a word (what a reader of results would open). */
    async searchFull(params: SearchParams, runs = 5): Promise<number> {
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t = performance.now();
        await searchStories(db, { ...params, limit: 20 });
        times.push(performance.now() - t);
      }
      return median(times);
    },
    /** Adds stories [from, to) in transactions of `batch` (like an import): returns ms. */
    async fill(from: number, to: number, batch = 500): Promise<number> {
      const t = performance.now();
      for (let start = from; start < to; start += batch) {
        const rows = Array.from({ length: Math.min(batch, to - start) }, (_, k) => record(start + k, 1.7e12));
        await db.transaction('rw', storyTables(db), () => putStories(db, rows));
      }
      return performance.now() - t;
    },
    /** `n` single saves through saveStory (DOMPurify on the page markup, one transaction each): each one's ms. */
    async saves(firstId: number, n: number): Promise<number[]> {
      const times: number[] = [];
      for (let k = 0; k < n; k++) {
        const input = benchStory(firstId + k);
        const t = performance.now();
        await saveStory(db, { ...input, rawHtml: true });
        times.push(performance.now() - t);
      }
      return times;
    },
    /** Median ms of a first page of results as the library asks for it (small rows, PAGE_SIZE); with the match count. */
    async search(params: SearchParams, runs = 7): Promise<{ ms: number; total: number }> {
      const times: number[] = [];
      let total = 0;
      for (let k = 0; k < runs; k++) {
        const t = performance.now();
        total = (await searchRows(db, { ...params, limit: PAGE_SIZE })).total;
        times.push(performance.now() - t);
      }
      return { ms: median(times), total };
    },
    /** Median ms of the list's last page with no search (the End key). */
    async lastPage(runs = 5): Promise<number> {
      const total = await db.stories.count();
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t = performance.now();
        await searchRows(db, { offset: Math.max(0, total - PAGE_SIZE), limit: PAGE_SIZE });
        times.push(performance.now() - t);
      }
      return median(times);
    },
    /** Wipes the list: the benchmark starts from zero. */
    clear: () => clearStories(db),
    usage: async () => (await navigator.storage.estimate()).usage ?? 0,
  };
}

export type BenchHook = ReturnType<typeof benchHook>;
