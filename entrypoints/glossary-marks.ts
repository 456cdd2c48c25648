import marksCss from '@/components/glossary-marks.css?inline';
import { markTerms, unmarkTerms } from '@/lib/glossary/mark';
import { firstInjection } from '@/lib/first-injection';
import { onMessage } from '@/lib/messaging';
import { enableTermTips } from '@/components/term-tips';
import type { GlossaryHit } from '@/lib/analysis/types';

/** The story's own container when the page has one, so menus and footers stay untouched. */
function storyRoot(): Element {
  return document.querySelector('article, [role="main"], main') ?? document.body;
}

export default defineUnlistedScript({
  // Injected by the popup's "Mark these words" button, which then sends the story's terms:
  // the glossary itself stays in the popup, so this script is small.
  main() {
    if (!firstInjection(globalThis, Symbol.for('caveat:glossary-marks-ready'))) return;
    // What Caveat itself added, held here: a page's own elements with the same class or id are never taken for ours.
    let marks: Element[] = [];
    let style: HTMLStyleElement | null = null;
    let disableTips: (() => void) | null = null;

    /** Marks the popup's terms, or removes the marks when they are there; returns how many were marked. */
    function toggle(hits: GlossaryHit[]): number {
      if (marks.length) {
        unmarkTerms(document.body, marks);
        marks = [];
        style?.remove();
        style = null;
        disableTips?.();
        disableTips = null;
        return 0;
      }
      if (!style) {
        style = document.createElement('style');
        style.id = 'caveat-glossary-marks-style';
        style.textContent = marksCss;
        (document.head ?? document.documentElement).append(style);
      }
      const story = storyRoot();
      disableTips ??= enableTermTips(story);
      return markTerms(story, hits, { made: marks });
    }

    onMessage('toggleGlossaryMarks', ({ data }) => ({ marked: toggle(data) }));
  },
});
