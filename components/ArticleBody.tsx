import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { GlossaryHit } from '@/lib/analysis/types';
import { displayHtml } from '@/lib/db/sanitize';

type MarkTerms = (root: Element, hits: GlossaryHit[]) => number;

// The glossary's term marker is optional: glob import yields nothing until lib/glossary/mark.ts exists.
const markModules = import.meta.glob<{ markTerms?: MarkTerms }>('/lib/glossary/mark.ts', { eager: true });
import.meta.glob('/components/glossary-marks.css', { eager: true });
const markTerms: MarkTerms | undefined = Object.values(markModules)[0]?.markTerms;

const DISMISSED = 'caveat-tip-dismissed';
const wrapOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.caveat-term-wrap') : null);

/** Shows a term's tip again, and opens it leftwards when it would run past the window's right edge. */
function showTip(target: EventTarget | null) {
  const wrap = wrapOf(target);
  const tip = wrap?.querySelector<HTMLElement>('.caveat-tip');
  if (!wrap || !tip) return;
  wrap.classList.remove(DISMISSED);
  tip.style.removeProperty('left');
  tip.style.removeProperty('right');
  requestAnimationFrame(() => {
    const box = tip.getBoundingClientRect();
    if (box.width && box.right > document.documentElement.clientWidth - 8) {
      tip.style.setProperty('left', 'auto', 'important');
      tip.style.setProperty('right', '0', 'important');
    }
  });
}

/**
 * A saved article's body. Stored markup is never trusted (it may come from an import file):
 * it is sanitised again here, at display time, and then glossary terms are marked in the DOM.
 */
export function ArticleBody({ story, glossary }: { story: { contentHtml: string; text: string }; glossary: GlossaryHit[] }) {
  const root = useRef<HTMLDivElement>(null);
  const html = useMemo(() => displayHtml(story), [story.contentHtml, story.text]);
  useEffect(() => {
    if (!root.current) return;
    if (markTerms && glossary.length) markTerms(root.current, glossary);
    // A saved page's images often cannot load offline or from the extension's origin: hide the broken frame, keep any caption.
    for (const img of root.current.querySelectorAll('img')) {
      if (img.complete && img.naturalWidth === 0) img.hidden = true;
      else img.addEventListener('error', () => (img.hidden = true), { once: true });
    }
  }, [html]);
  return (
    <div
      ref={root}
      class="article-body"
      data-testid="reader-body"
      dangerouslySetInnerHTML={{ __html: html }}
      onFocusIn={(e) => showTip(e.target)}
      onMouseOver={(e) => showTip(e.target)}
      onFocusOut={(e) => wrapOf(e.target)?.classList.remove(DISMISSED)}
      onKeyDown={(e) => {
        const wrap = wrapOf(e.target);
        if (e.key === 'Escape' && wrap && !wrap.classList.contains(DISMISSED)) {
          wrap.classList.add(DISMISSED); // a tooltip must be dismissable without moving focus (WCAG 1.4.13)
          e.stopPropagation();
        }
      }}
    />
  );
}
