import marksCss from '@/components/glossary-marks.css?inline';
import { hasMarks, markTerms, unmarkTerms } from '@/lib/glossary/mark';
import { onMessage } from '@/lib/messaging';
import { enableTermTips } from '@/components/term-tips';
import type { GlossaryHit } from '@/lib/analysis/types';

const STYLE_ID = 'caveat-glossary-marks-style';
let disableTips: (() => void) | null = null;

/** The story's own container when the page has one, so menus and footers stay untouched. */
function storyRoot(): Element {
  return document.querySelector('article, [role="main"], main') ?? document.body;
}

/** Marks the popup's terms, or removes the marks when they are there; returns how many were marked. */
function toggle(hits: GlossaryHit[]): number {
  const root = document.body;
  if (hasMarks(root)) {
    unmarkTerms(root);
    document.getElementById(STYLE_ID)?.remove();
    disableTips?.();
    disableTips = null;
    return 0;
  }
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = marksCss;
    (document.head ?? document.documentElement).append(style);
  }
  const story = storyRoot();
  disableTips ??= enableTermTips(story);
  return markTerms(story, hits);
}

export default defineContentScript({
  // Injected by the popup's "Mark these words" button, which then sends the story's terms:
  // the glossary itself stays in the popup, so this script is small.
  registration: 'runtime',
  main() {
    const marker = '__caveatGlossaryMarksReady';
    const w = window as unknown as Record<string, boolean>;
    if (w[marker]) return;
    w[marker] = true;
    onMessage('toggleGlossaryMarks', ({ data }) => ({ marked: toggle(data) }));
  },
});
