// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanDoi, doiFromUrl, doisInText } from './doi';

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

  it('drops preprint version suffixes only for preprint registrants', () => {
    expect(doiFromUrl('https://www.biorxiv.org/content/10.1101/2024.01.02.573456v2.full')).toBe('10.1101/2024.01.02.573456');
    expect(cleanDoi('10.48550/arXiv.2512.16245v3')).toBe('10.48550/arxiv.2512.16245');
    expect(cleanDoi('10.5555/abcv2')).toBe('10.5555/abcv2');
  });

  it('ignores links without a DOI', () => {
    expect(doiFromUrl('https://www.nature.com/articles/s41586-024-07000-1')).toBeNull();
    expect(cleanDoi('10.12/x')).toBeNull();
  });
});
