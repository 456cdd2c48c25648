import type { GlossaryHit } from '@/lib/analysis/types';
import { Section } from './Section';
import { t } from './i18n';

/** Words in this story, explained (filled in by the glossary feature). */
export function GlossaryPanel({ glossary: _glossary }: { glossary: GlossaryHit[] }) {
  return (
    <Section id="glossary" title={t('sectionGlossary')}>
      <p class="placeholder">{t('glossaryPending')}</p>
    </Section>
  );
}
