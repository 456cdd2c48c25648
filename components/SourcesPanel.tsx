import type { Source } from '@/lib/analysis/types';
import { Section } from './Section';
import { t } from './i18n';

/** What the story cites (filled in by the sources feature). */
export function SourcesPanel({ sources: _sources }: { sources: Source[] }) {
  return (
    <Section id="sources" title={t('sectionSources')}>
      <p class="placeholder">{t('sourcesPending')}</p>
    </Section>
  );
}
