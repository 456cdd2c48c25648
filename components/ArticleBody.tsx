import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { GlossaryHit } from '@/lib/analysis/types';
import { displayHtml } from '@/lib/db/sanitize';

type MarkTerms = (root: Element, hits: GlossaryHit[]) => number;

// The glossary's term marker is optional: glob import yields nothing until lib/glossary/mark.ts exists.
const markModules = import.meta.glob<{ markTerms?: MarkTerms }>('/lib/glossary/mark.ts', { eager: true });
import.meta.glob('/components/glossary-marks.css', { eager: true });
const markTerms: MarkTerms | undefined = Object.values(markModules)[0]?.markTerms;

/**
 * A saved article's body. Stored markup is never trusted (it may come from an import file):
 * it is sanitised again here, at display time, and then glossary terms are marked in the DOM.
 */
export function ArticleBody({ story, glossary }: { story: { contentHtml: string; text: string }; glossary: GlossaryHit[] }) {
  const root = useRef<HTMLDivElement>(null);
  const html = useMemo(() => displayHtml(story), [story.contentHtml, story.text]);
  useEffect(() => {
    if (root.current && markTerms && glossary.length) markTerms(root.current, glossary);
  }, [html]);
  return <div ref={root} class="article-body" data-testid="reader-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
