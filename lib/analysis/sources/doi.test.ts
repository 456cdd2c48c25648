// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanDoi, doiFromUrl, doisInText, spacedDoisInText } from './doi';

describe('DOIs', () => {
  it('trims sentence punctuation and unbalanced brackets', () => {
    expect(doisInText('See doi:10.1038/s41586-024-07000-1.')).toEqual(['10.1038/s41586-024-07000-1']);
    expect(doisInText('(doi 10.1126/sciadv.adf1234)')).toEqual(['10.1126/sciadv.adf1234']);
  });

  it('keeps brackets that belong to the DOI', () => {
    expect(doisInText('DOI: 10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2')).toEqual(['10.1175/1520-0469(1963)020<0130:dnf>2.0.co;2']);
    expect(doisInText('in The Lancet Neurology (10.1016/S1474-4422(15)00389-0).')).toEqual(['10.1016/s1474-4422(15)00389-0']);
  });

  it('decodes URL-encoded DOIs and drops resolver prefixes', () => {
    expect(cleanDoi('https://doi.org/10.1002%2Fcpp.702')).toBe('10.1002/cpp.702');
    expect(doiFromUrl('https://dx.doi.org/10.1111/apt.14923')).toBe('10.1111/apt.14923');
    expect(doiFromUrl('https://onlinelibrary.wiley.com/doi/full/10.1111/apt.14923')).toBe('10.1111/apt.14923');
    expect(doiFromUrl('https://example.org/search?doi=10.7326%2F0003-4819-159-12-201312170-00011')).toBe('10.7326/0003-4819-159-12-201312170-00011');
  });

  it('reads DOIs escaped in query strings, twice escaped, or inside a redirect link', () => {
    expect(doiFromUrl('https://scholar.example/lookup?title=x&key=10.1001%2Fjama.2017.12345')).toBe('10.1001/jama.2017.12345');
    expect(doiFromUrl('https://refs.example/r?key=10.1001%252Fjama.2017.12345')).toBe('10.1001/jama.2017.12345');
    expect(doiFromUrl('https://go.shop.example/?id=9&url=https%3A%2F%2Fdoi.org%2F10.1016%2Fj.cell.2020.01.001&ref=x')).toBe('10.1016/j.cell.2020.01.001');
    expect(doiFromUrl('https://click.example/r?u=https%3A%2F%2Fpublisher.example%2Farticle%3Fdoi%3D10.1093%2Fajcn%2Fnqab123')).toBe('10.1093/ajcn/nqab123');
    expect(doiFromUrl('https://link.example/?id=info%3Adoi%2F10.1371%2Fjournal.pone.0123456')).toBe('10.1371/journal.pone.0123456');
    expect(doisInText('Full text: refs.example/r?key=10.1001%2Fjama.2017.12345 (free).')).toEqual(['10.1001/jama.2017.12345']);
    expect(doiFromUrl('https://go.shop.example/?url=https%3A%2F%2Fnews.example%2Fstory')).toBeNull();
  });

  it('drops the file or view a link opens after the DOI', () => {
    expect(doiFromUrl('https://publisher.example/doi/10.1056/NEJMoa2034577.pdf')).toBe('10.1056/nejmoa2034577');
    expect(doiFromUrl('https://doi.org/10.1001/jama.2017.12345.pdf')).toBe('10.1001/jama.2017.12345');
    expect(doiFromUrl('https://publisher.example/content/pdf/10.1007/s00125-019-4897-4.pdf')).toBe('10.1007/s00125-019-4897-4');
    expect(doiFromUrl('https://publisher.example/article-pdf/doi/10.1093/ajcn/nqab123/12345/nqab123.pdf')).toBe('10.1093/ajcn/nqab123');
    expect(doiFromUrl('https://publisher.example/article-pdf/doi/10.1093/eurheartj/ehag118/ehag118.pdf')).toBe('10.1093/eurheartj/ehag118');
    expect(doisInText('See doi:10.1186/s12889-019-7000-1.full.pdf for the paper.')).toEqual(['10.1186/s12889-019-7000-1']);
  });

  it('drops preprint version suffixes only for preprint registrants', () => {
    expect(doiFromUrl('https://www.biorxiv.org/content/10.1101/2024.01.02.573456v2.full')).toBe('10.1101/2024.01.02.573456');
    expect(cleanDoi('10.48550/arXiv.2512.16245v3')).toBe('10.48550/arxiv.2512.16245');
    expect(cleanDoi('10.5555/abcv2')).toBe('10.5555/abcv2');
  });

  it('ignores links without a DOI', () => {
    expect(doiFromUrl('https://www.nature.com/articles/s41586-024-07000-1')).toBeNull();
    expect(cleanDoi('10.12/x')).toBeNull();
  });

  it('reads a DOI copied with a space after every dot and slash, and stops before the next sentence', () => {
    expect(spacedDoisInText('Smith et al.: "Bees and rain" http://dx. doi. org/ 10. 5555/ j. bee. 2024. 05. 048')).toEqual(['10.5555/j.bee.2024.05.048']);
    expect(spacedDoisInText('The paper is at http://dx. doi. org/ 10. 5555/ jme/ abc200 . Next the team will test wasps.')).toEqual(['10.5555/jme/abc200']);
    expect(spacedDoisInText('It cut visits by 10. 5555 people / year.')).toEqual([]);
    expect(spacedDoisInText('See doi:10.5555/plain.2024.1 for the paper.')).toEqual([]);
  });
});
