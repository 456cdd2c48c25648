import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Source } from '@/lib/analysis/types';
import { SourcesPanel } from './SourcesPanel';

const sources: Source[] = [
  { kind: 'journal', name: 'Science Advances', evidence: 'Their study, published in the journal Science Advances, describes the method.' },
  { kind: 'paper', doi: '10.1126/sciadv.abc1234', url: 'https://doi.org/10.1126/sciadv.abc1234' },
  { kind: 'registry', name: 'NCT03746262', url: 'https://clinicaltrials.gov/study/NCT03746262' },
  { kind: 'press-release', name: 'EurekAlert!', url: 'javascript:alert(1)' },
  { kind: 'institution', name: 'Albert Einstein College of Medicine' },
  { kind: 'researcher', name: 'Harris Goldstein', role: 'lead author', affiliation: 'Albert Einstein College of Medicine', evidence: 'The team, led by Harris Goldstein, changed the recipe.' },
];

function mount(list: Source[], title = 'CAR-T cells last longer in mice'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<SourcesPanel sources={list} title={title} published="2026-03-16T09:30:00Z" />, root);
  return root;
}

describe('SourcesPanel', () => {
  it('groups sources and links the DOI and the trial record', () => {
    const root = mount(sources);
    const groups = [...root.querySelectorAll('.source-group-title')].map((h) => h.textContent);
    expect(groups).toEqual(['sourcesGroupPaper', 'sourcesGroupPressRelease', 'sourcesGroupRegistry', 'sourcesGroupInstitutions', 'sourcesGroupResearchers']);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://doi.org/10.1126/sciadv.abc1234');
    expect(hrefs).toContain('https://clinicaltrials.gov/study/NCT03746262');
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names a paper known only by its DOI once, by a link to it', () => {
    const atDoi = mount([sources[1]]).querySelector('.source-item')!;
    expect(atDoi.querySelector('.source-head')).toBeNull();
    expect(atDoi.textContent!.split('10.1126/sciadv.abc1234')).toHaveLength(2);
    expect(atDoi.querySelector('.source-doi a')?.getAttribute('href')).toBe('https://doi.org/10.1126/sciadv.abc1234');
    const onSite = mount([{ kind: 'paper', doi: '10.1080/001.2014.9', url: 'https://www.tandfonline.com/doi/full/10.1080/001.2014.9' }]).querySelector('.source-item')!;
    expect(onSite.querySelector('.source-head a')?.textContent).toContain('tandfonline.com');
    expect(onSite.textContent!.split('10.1080/001.2014.9')).toHaveLength(2);
  });

  it('never renders a page-supplied non-web URL as a link', () => {
    const root = mount(sources);
    expect([...root.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript:'))).toBe(false);
    expect(root.textContent).toContain('EurekAlert!');
  });

  it('shows the evidence sentence behind a disclosure and the researcher role', () => {
    const root = mount(sources);
    const details = root.querySelectorAll('details');
    expect(details.length).toBe(2);
    expect(details[1].querySelector('summary')).not.toBeNull();
    expect(details[1].textContent).toContain('led by Harris Goldstein');
    expect(root.textContent).toContain('sourcesRoleLeadAuthor, Albert Einstein College of Medicine');
  });

  it('offers searches to find the paper when there is no DOI', () => {
    const root = mount(sources.filter((s) => !s.doi));
    const find = root.querySelector('[data-testid="sources-find"]')!;
    const hrefs = [...find.querySelectorAll('a')].map((a) => new URL(a.href).hostname);
    expect(hrefs).toEqual(['pubmed.ncbi.nlm.nih.gov', 'scholar.google.com', 'openalex.org']);
    expect(mount(sources).querySelector('[data-testid="sources-find"]')).toBeNull();
  });

  it('says so when the story names no source', () => {
    const root = mount([]);
    expect(root.querySelector('[data-testid="sources-empty"]')?.textContent).toBe('sourcesEmpty');
  });

  it('has no axe violations', async () => {
    const { default: axe } = await import('axe-core');
    const root = mount(sources);
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
