import { sanitizeForStorage } from '@/lib/db/sanitize';
import { onMessage } from '@/lib/messaging';
import { firstInjection } from '@/lib/first-injection';

export default defineUnlistedScript({
  // Injected by the background after a menu or shortcut save: Chrome's service worker has no DOM for
  // DOMPurify, the tab does. The isolated world keeps the page's scripts away from DOMPurify's globals.
  main() {
    if (!firstInjection(globalThis, Symbol.for('caveat:sanitize-ready'))) return;
    onMessage('sanitizeHtml', ({ data }) => ({ html: sanitizeForStorage(data) }));
  },
});
