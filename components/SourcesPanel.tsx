import type { Source } from '@/lib/analysis/types';
import { buildCheckLinks } from '@/lib/analysis/sources/check-links';
import { Section } from './Section';
import { OutLink, SourceList } from './SourceList';
import { t, type MessageKey } from './i18n';
import './sources-panel.css';

const GROUPS: { id: string; title: MessageKey; kinds: Source['kind'][] }[] = [
  { id: 'paper', title: 'sourcesGroupPaper', kinds: ['journal', 'paper'] },
  { id: 'preprint', title: 'sourcesGroupPreprint', kinds: ['preprint'] },
  { id: 'press', title: 'sourcesGroupPressRelease', kinds: ['press-release'] },
  { id: 'registry', title: 'sourcesGroupRegistry', kinds: ['registry'] },
  { id: 'institutions', title: 'sourcesGroupInstitutions', kinds: ['institution'] },
  { id: 'researchers', title: 'sourcesGroupResearchers', kinds: ['researcher'] },
];

/** What the story cites, grouped, each with the sentence it came from; plus searches to find the paper. */
export function SourcesPanel({ sources, title, published }: { sources: Source[]; title?: string; published?: string | null }) {
  if (!sources.length) {
    return (
      <Section id="sources" title={t('sectionSources')}>
        <p class="placeholder" data-testid="sources-empty">{t('sourcesEmpty')}</p>
      </Section>
    );
  }
  const journal = sources.find((s) => s.kind === 'journal')?.name;
  const doi = sources.find((s) => s.doi)?.doi;
  const links = title || journal ? buildCheckLinks({ title, journal, published }) : null;
  return (
    <Section id="sources" title={t('sectionSources')}>
      {GROUPS.map((g) => (
        <SourceList key={g.id} id={g.id} title={t(g.title)} sources={sources.filter((s) => g.kinds.includes(s.kind))} />
      ))}
      {links && !doi && (
        <p class="source-find" data-testid="sources-find">
          {t('sourcesFindPaper')} <OutLink href={links.pubmed}>{t('sourcesPubMed')}</OutLink> · <OutLink href={links.scholar}>{t('sourcesScholar')}</OutLink> ·{' '}
          <OutLink href={links.openalex}>{t('sourcesOpenAlex')}</OutLink>
        </p>
      )}
    </Section>
  );
}
