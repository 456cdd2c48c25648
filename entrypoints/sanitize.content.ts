import { sanitizeForStorage } from '@/lib/db/sanitize';
import { onMessage } from '@/lib/messaging';

export default defineContentScript({
  // Injected by the background after a menu or shortcut save: Chrome's service worker has no DOM for
  // DOMPurify, the tab does. The isolated world keeps the page's scripts away from DOMPurify's globals.
  registration: 'runtime',
  main() {
    const marker = '__caveatSanitizeReady';
    const w = window as unknown as Record<string, boolean>;
    if (w[marker]) return;
    w[marker] = true;
    onMessage('sanitizeHtml', ({ data }) => ({ html: sanitizeForStorage(data) }));
  },
});
