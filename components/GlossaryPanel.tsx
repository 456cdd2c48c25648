import { useState } from 'preact/hooks';
import type { GlossaryHit } from '@/lib/analysis/types';
import { Section } from './Section';
import { t } from './i18n';
import './glossary-panel.css';

/** Other spellings the story used, when they differ from the headword by more than case or a plural ending ("memory cells" for "memory T cell"). */
function otherForms(hit: GlossaryHit): string[] {
  const head = hit.term.toLowerCase();
  return hit.matched.filter((m) => {
    const form = m.toLowerCase();
    return form !== head && form !== `${head}s` && form !== `${head}es`;
  });
}

/** How many terms show before "Show all". */
export const FIRST_SHOWN = 8;

/**
 * Words in this story, explained. `onToggleMarks` (given by the popup) marks or unmarks
 * the words on the page and resolves to how many were marked (0 when it removed them).
 */
export function GlossaryPanel({ glossary, onToggleMarks }: { glossary: GlossaryHit[]; onToggleMarks?: () => Promise<number> }) {
  const [status, setStatus] = useState<{ marked: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  // A long list buries the panel's end; the first few (in story order) come first, the rest on request.
  const shown = showAll ? glossary : glossary.slice(0, FIRST_SHOWN);

  async function toggle() {
    if (!onToggleMarks) return;
    setBusy(true);
    try {
      const marked = await onToggleMarks();
      setStatus(marked > 0 ? { marked: true, text: t('glossaryMarked', String(marked)) } : { marked: false, text: t('glossaryUnmarked') });
    } catch {
      setStatus({ marked: false, text: t('glossaryMarkFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="glossary" title={t('sectionGlossary')}>
      {glossary.length === 0 ? (
        <p class="placeholder">{t('glossaryEmpty')}</p>
      ) : (
        <>
          {/* The page action comes first: below a long list it would sit screens away from the heading. */}
          {onToggleMarks && (
            <p class="glossary-actions">
              <button type="button" class="glossary-mark" aria-pressed={status?.marked ?? false} disabled={busy} onClick={toggle}>
                {t('glossaryMarkButton')}
              </button>
            </p>
          )}
          <p class="glossary-status" role="status">
            {status?.text ?? ''}
          </p>
          <ul class="glossary-list" id="glossary-list">
            {shown.map((hit) => {
              const forms = otherForms(hit);
              return (
                <li key={hit.term} class="glossary-item">
                  <p class="glossary-head">
                    <dfn class="glossary-term">{hit.term}</dfn>{' '}
                    <span class="glossary-count" aria-label={t('glossaryTimesLabel', String(hit.count))}>
                      {t('glossaryTimes', String(hit.count))}
                    </span>
                  </p>
                  <p class="glossary-definition">{hit.definition}</p>
                  {forms.length > 0 && <p class="glossary-note">{t('glossaryWrittenAs', forms.join(', '))}</p>}
                </li>
              );
            })}
          </ul>
          {glossary.length > FIRST_SHOWN && (
            <button type="button" class="glossary-more" aria-expanded={showAll} aria-controls="glossary-list" onClick={() => setShowAll(!showAll)} data-testid="glossary-more">
              {showAll ? t('glossaryShowFewer') : t('glossaryShowAll', String(glossary.length))}
            </button>
          )}
        </>
      )}
    </Section>
  );
}
