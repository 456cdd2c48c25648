import marksCss from '@/components/glossary-marks.css?inline';
import { findGlossaryTerms } from '@/lib/glossary/match';
import { hasMarks, markTerms, unmarkTerms } from '@/lib/glossary/mark';

const STYLE_ID = 'caveat-glossary-marks-style';

/** The story's own container when the page has one, so menus and footers stay untouched. */
function storyRoot(): Element {
  return document.querySelector('article, [role="main"], main') ?? document.body;
}

export default defineContentScript({
  // Injected by the popup's "Mark these words" button; each injection toggles the marks.
  registration: 'runtime',
  main() {
    const root = document.body;
    if (hasMarks(root)) {
      unmarkTerms(root);
      document.getElementById(STYLE_ID)?.remove();
      return { marked: 0 };
    }
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = marksCss;
      (document.head ?? document.documentElement).append(style);
    }
    const story = storyRoot();
    const hits = findGlossaryTerms(story.textContent ?? '');
    return { marked: markTerms(story, hits) };
  },
});
