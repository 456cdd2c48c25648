import type { Research } from '@/lib/analysis/types';
import { Section } from './Section';
import { t } from './i18n';

/** What stage the research is at (filled in by the research-stage feature). */
export function ResearchPanel({ research: _research }: { research: Research }) {
  return (
    <Section id="research" title={t('sectionResearch')}>
      <p class="placeholder">{t('researchPending')}</p>
    </Section>
  );
}
