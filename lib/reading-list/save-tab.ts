import type { Analysis } from '../analysis/types';
import type { ExtractResult, ExtractedArticle } from '../extract/types';
import { storyUrl } from '../db/stories';
import { readTab, type TabOutcome } from '../read-tab';
import type { BadgeState } from './badge';

const UNKNOWN_URL = 'https://unknown.invalid/';

/** The tab a gesture (context menu, shortcut) came from; `url` is present once activeTab is granted. */
export interface TabRef {
  id?: number;
  url?: string;
}

/** Browser and database calls the save flow needs, passed in by the background. */
export interface SaveTabDeps {
  inject(tabId: number): Promise<void>;
  extract(tabId: number): Promise<ExtractResult>;
  analyze(article: ExtractedArticle): Analysis;
  /** Sanitised markup from a helper in the tab (Chrome's worker has no DOM); null or a throw means "store text". */
  sanitize?(tabId: number, html: string): Promise<string | null>;
  /** `contentHtml` is already sanitised when given; otherwise the store decides (sanitise here, or escaped text). */
  save(article: ExtractedArticle, analysis: Analysis, contentHtml?: string): Promise<number>;
  badge(tabId: number, state: BadgeState, outcome?: SaveOutcome): Promise<void>;
}

export type SaveOutcome =
  /** `url`: the URL the story is filed under (its canonical URL), as the library knows it. */
  | { kind: 'saved'; id: number; title: string; url: string }
  | Exclude<TabOutcome, { kind: 'ok' }>
  | { kind: 'save-failed'; error: unknown };

/**
 * Reads the tab, analyses it and stores it, marking the badge as it goes.
 * Never throws: every failure becomes an outcome (and a '!' badge) the caller can report.
 */
export async function saveTab(tab: TabRef | undefined, fallbackUrl: string | undefined, deps: SaveTabDeps): Promise<SaveOutcome> {
  const tabId = tab?.id;
  const url = tab?.url || fallbackUrl;
  if (tabId === undefined || tabId < 0) return { kind: 'blocked', reason: 'no-url' };
  await deps.badge(tabId, 'saving').catch(() => undefined);
  const read = await readTab(
    // No URL (the browser withheld it): try anyway; injection fails on pages scripts may not touch.
    url ?? UNKNOWN_URL,
    () => deps.inject(tabId),
    () => deps.extract(tabId),
  );
  let outcome: SaveOutcome;
  if (read.kind !== 'ok') {
    outcome = read;
  } else {
    const article = read.result.article;
    // Formatting is worth a try, never a failed save: any sanitiser problem falls back to text.
    const contentHtml = deps.sanitize ? ((await deps.sanitize(tabId, article.contentHtml).catch(() => null)) ?? undefined) : undefined;
    try {
      const id = await deps.save(article, deps.analyze(article), contentHtml);
      outcome = { kind: 'saved', id, title: article.title, url: storyUrl(article) };
    } catch (error) {
      outcome = { kind: 'save-failed', error };
    }
  }
  await deps.badge(tabId, outcome.kind === 'saved' ? 'saved' : 'failed', outcome).catch(() => undefined);
  return outcome;
}
