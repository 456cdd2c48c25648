// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCheckLinks, doiUrl, keywords } from './check-links';

describe('check links', () => {
  it('keeps content words of the headline', () => {
    expect(keywords('Longer-lasting CAR-T cells keep cancer and HIV in check in mice')).toEqual(['longer-lasting', 'car-t', 'cells', 'keep', 'cancer', 'check']);
  });

  it('builds PubMed, Scholar and OpenAlex searches from journal, year and words', () => {
    const links = buildCheckLinks({ title: 'Memory-like CAR-T cells outlast cancer in mice', journal: 'Science Advances', published: '2026-03-16T09:30:00Z' });
    const pubmed = decodeURIComponent(new URL(links.pubmed).searchParams.get('term')!);
    expect(pubmed).toContain('"Science Advances"[Journal]');
    expect(pubmed).toContain('2025:2026[dp]');
    const scholar = new URL(links.scholar);
    expect(scholar.hostname).toBe('scholar.google.com');
    expect(scholar.searchParams.get('q')).toContain('source:"Science Advances"');
    expect(scholar.searchParams.get('as_ylo')).toBe('2025');
    expect(new URL(links.openalex).searchParams.get('filter')).toBe('default.search:memory-like car-t cells outlast cancer mice,publication_year:2025-2026');
    expect(links.doi).toBeUndefined();
  });

  it('links a DOI through the resolver, escaping awkward characters', () => {
    expect(doiUrl('10.1175/1520-0469(1963)020<0130:dnf>2.0.co;2')).toBe('https://doi.org/10.1175/1520-0469(1963)020%3C0130%3Adnf%3E2.0.co%3B2');
    expect(buildCheckLinks({ doi: '10.1126/sciadv.abc1234' }).doi).toBe('https://doi.org/10.1126/sciadv.abc1234');
  });

  it('works without a date or journal', () => {
    const links = buildCheckLinks({ title: 'Ice sheet churns' });
    expect(links.pubmed).not.toContain('%5Bdp%5D');
    expect(links.scholar).not.toContain('as_ylo');
  });
});
