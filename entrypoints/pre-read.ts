import { isProbablyReaderable } from '@mozilla/readability';
import { answerQuestions, holdReading, readPage } from '@/lib/page-reading';

/**
 * Registered on every http(s) page only when the reader turns on "read stories as pages load" (the options page,
 * which asks for access to all sites): when the browser is idle after the page loads, a page that looks like an
 * article is read and the reading kept, so the popup answers without injecting and reading first. Nothing leaves
 * the tab until the popup asks.
 */
export default defineUnlistedScript(() => {
  answerQuestions();
  const read = () => {
    if (isProbablyReaderable(document)) holdReading(readPage());
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(read, { timeout: 2_000 });
  else setTimeout(read, 0);
});
