import { TAB_BUDGET_MS, extractArticle } from '@/lib/extract';
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

export default defineContentScript({
  // Injected only on the user's gesture (activeTab + scripting), never on every page.
  registration: 'runtime',
  main() {
    if (!firstInjection(globalThis, Symbol.for('caveat:content-ready'))) return;
    onMessage('extract', async () => {
      await whenParsed();
      return extractArticle(document, { url: location.href, budgetMs: TAB_BUDGET_MS });
    });
  },
});
