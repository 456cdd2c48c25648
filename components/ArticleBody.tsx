import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { GlossaryHit } from '@/lib/analysis/types';
import { displayHtml } from '@/lib/db/sanitize';
import { markTerms } from '@/lib/glossary/mark';
import './glossary-marks.css';
import { enableTermTips } from './term-tips';


/**
 * A saved article's body. Stored markup is never trusted (it may come from an import file):
 * it is sanitised again here, at display time, and then glossary terms are marked in the DOM.
 */
export function ArticleBody({ story, glossary }: { story: { contentHtml: string; text: string }; glossary: GlossaryHit[] }) {
  const root = useRef<HTMLDivElement>(null);
  const html = useMemo(() => displayHtml(story), [story.contentHtml, story.text]);
  useEffect(() => {
    if (!root.current) return;
    if (glossary.length) markTerms(root.current, glossary);
    // A saved page's images often cannot load offline or from the extension's origin: hide the broken frame, keep any caption.
    for (const img of root.current.querySelectorAll('img')) {
      if (img.complete && img.naturalWidth === 0) img.hidden = true;
      else img.addEventListener('error', () => (img.hidden = true), { once: true });
    }
    return enableTermTips(root.current);
  }, [html]);
  return (
    <div
      ref={root}
      class="article-body"
      data-testid="reader-body"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
