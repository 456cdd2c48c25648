import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryHit } from '@/lib/analysis/types';
import { holdImagesInHtml, releaseImages } from '@/lib/db/hold-images';
import { drawHighlights } from '@/lib/highlights/dom';
import type { Highlight } from '@/lib/highlights/types';
import { displayHtml } from '@/lib/db/sanitize';
import { markTerms } from '@/lib/glossary/mark';
import './glossary-marks.css';
import { t } from './i18n';
import { enableTermTips } from './term-tips';

/** A saved page's images often cannot load offline or from the extension's origin: hide the broken frame, keep any caption. */
function hideWhenBroken(img: HTMLImageElement): void {
  if (!img.getAttribute('src') && !img.getAttribute('srcset')) img.hidden = true;
  else if (img.complete && img.naturalWidth === 0) img.hidden = true;
  else img.addEventListener('error', () => (img.hidden = true), { once: true });
}

/**
 * A saved article's body. Stored markup is never trusted (it may come from an import file):
 * it is sanitised again here, at display time, and then glossary terms are marked in the DOM.
 * Images from the web wait until the reader asks (lib/db/hold-images.ts).
 */
export function ArticleBody({
  story,
  glossary,
  highlights = [],
  onMissing,
}: {
  story: { contentHtml: string; text: string };
  glossary: GlossaryHit[];
  highlights?: Highlight[];
  /** Told which highlights' words the text no longer holds. */
  onMissing?: (ids: string[]) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const body = useMemo(() => holdImagesInHtml(displayHtml(story), document), [story.contentHtml, story.text]);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(false);
    if (!root.current) return;
    if (glossary.length) markTerms(root.current, glossary);
    for (const img of root.current.querySelectorAll('img')) hideWhenBroken(img);
    return enableTermTips(root.current);
  }, [body.html]);
  // After the glossary marks: highlights are drawn over the words as the reader sees them.
  const drawn = JSON.stringify(highlights.map((h) => [h.id, h.exact, h.prefix, h.suffix, h.color, h.note]));
  useEffect(() => {
    if (root.current) onMissing?.(drawHighlights(root.current, highlights).missing);
  }, [body.html, drawn]);
  const showImages = () => {
    if (!root.current) return;
    for (const img of releaseImages(root.current)) {
      img.hidden = false;
      img.addEventListener('error', () => (img.hidden = true), { once: true });
    }
    setShown(true);
  };
  return (
    <>
      {body.held > 0 && !shown && (
        <p class="reader-images" data-testid="reader-images">
          <span>{t('readerImagesHeld', String(body.held))}</span>{' '}
          <button type="button" onClick={showImages} data-testid="reader-images-show">
            {t('readerImagesShow')}
          </button>
        </p>
      )}
      <div ref={root} class="article-body" data-testid="reader-body" dangerouslySetInnerHTML={{ __html: body.html }} />
    </>
  );
}
