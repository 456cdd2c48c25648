/**
 * The tab's side of reading a story, shared by the script the popup injects (read-page) and the one that reads
 * pages as they load when the reader has turned that on (pre-read). Runs in the page's content-script world.
 */
import { TAB_BUDGET_MS, extractArticle, type ExtractResult } from './extract';
import { firstInjection } from './first-injection';
import { onMessage } from './messaging';

/**
 * Waits (briefly) for a page that is still loading, so extraction sees the whole body; a page that never finishes
 * is read as far as it got, well within the popup's own limit.
 */
function whenParsed(timeoutMs = 3_000): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    document.addEventListener('DOMContentLoaded', done, { once: true });
    setTimeout(done, timeoutMs);
  });
}

/** Reads the page once it is parsed; in a task of its own, so the popup hears "injected" before the reading starts. */
export function readPage(): Promise<ExtractResult> {
  return new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => whenParsed())
    .then(() => extractArticle(document, { url: location.href, budgetMs: TAB_BUDGET_MS }));
}

/** A reading waiting for the next question, and the address it read. */
interface Held {
  reading: Promise<ExtractResult>;
  url: string;
}
// Kept on the content scripts' own global under a Symbol: the page cannot reach it.
const HELD = Symbol.for('caveat:content-reading');
const holder = () => globalThis as Record<symbol, Held | undefined>;

/** Keeps a reading for the next question about this page. */
export function holdReading(reading: Promise<ExtractResult>): void {
  reading.catch(() => undefined); // a failure is reported to the one who asks
  holder()[HELD] = { reading, url: location.href };
}

/**
 * Answers the popup's and the background's questions, once per page however often the scripts run. Each held
 * reading answers one question, and only while the page is still at the address it read (a site that changes
 * pages without loading one); otherwise the page is read anew.
 */
export function answerQuestions(): void {
  if (!firstInjection(globalThis, Symbol.for('caveat:content-ready'))) return;
  onMessage('extract', () => {
    const held = holder()[HELD];
    holder()[HELD] = undefined;
    return held && held.url === location.href ? held.reading : readPage();
  });
}
