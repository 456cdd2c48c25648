import { firstInjection } from '@/lib/first-injection';
import { drawHighlights, selectorOfRange } from '@/lib/highlights/dom';
import type { HighlightColor } from '@/lib/highlights/types';
import { onMessage } from '@/lib/messaging';

// Inline colours: the page's own styles cannot hide Caveat's marks, and dark pages keep the words readable.
const COLORS: Record<HighlightColor, string> = { yellow: '#fff1a8', green: '#c9f0cf', blue: '#cfe4ff', pink: '#ffd3e6' };

export default defineUnlistedScript({
  // Injected by the popup when the reader highlights on the page or opens the popup on a story with highlights.
  main() {
    if (!firstInjection(globalThis, Symbol.for('caveat:page-highlights-ready'))) return;
    // The marks Caveat drew, held here: a page's own elements with the same class are never taken for ours.
    let marks: HTMLElement[] = [];
    onMessage('pageSelection', () => {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || !document.body) return null;
      const quote = selectorOfRange(document.body, sel.getRangeAt(0));
      // The selection's own colour would hide the highlight about to be drawn there.
      if (quote) sel.removeAllRanges();
      return quote;
    });
    onMessage('drawPageHighlights', ({ data }) => {
      if (!document.body) return { missing: data.map((h) => h.id) };
      const result = drawHighlights(document.body, data, marks);
      marks = result.marks;
      const color = new Map(data.map((h) => [h.id, h.color]));
      for (const mark of marks) {
        mark.style.setProperty('background-color', COLORS[color.get(mark.dataset.hlId ?? '') ?? 'yellow'], 'important');
        mark.style.setProperty('color', '#111', 'important');
      }
      return { missing: result.missing };
    });
  },
});
