import { TAB_BUDGET_MS, extractArticle, type ExtractResult } from '@/lib/extract';
import { onMessage } from '@/lib/messaging';
import { firstInjection } from '@/lib/first-injection';

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
function readPage(): Promise<ExtractResult> {
  return new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => whenParsed())
    .then(() => extractArticle(document, { url: location.href, budgetMs: TAB_BUDGET_MS }));
}

// The reading started by the latest injection, kept on the injected scripts' own global (a Symbol: the page cannot reach it).
const READING = Symbol.for('caveat:content-reading');

/**
 * Injected into the story's tab on the reader's gesture (activeTab + scripting), never on every page. An unlisted
 * script, not a content script: WXT's content-script wrapper posts the page a message and an event each time it runs,
 * which would tell any page that Caveat had just been opened on it (tests/e2e/flows/hostile-pages.mjs listens).
 */
export default defineUnlistedScript(() => {
  // Whoever injects this script asks for the article next: the page is read while that question is on its way.
  const holder = globalThis as Record<symbol, Promise<ExtractResult> | undefined>;
  const reading = readPage();
  reading.catch(() => undefined); // a failure is reported to the one who asks
  holder[READING] = reading;
  if (!firstInjection(globalThis, Symbol.for('caveat:content-ready'))) return;
  onMessage('extract', () => {
    // Each injection's reading answers one question; a question with no injection before it reads the page anew.
    const started = holder[READING];
    holder[READING] = undefined;
    return started ?? readPage();
  });
});
