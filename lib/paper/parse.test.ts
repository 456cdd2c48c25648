// @vitest-environment node
// Reading Crossref and Unpaywall JSON: only well-formed values are kept, whatever the network sends.
import { describe, expect, it } from 'vitest';
import { crossrefDate, normalDoi, paperUpdates, readCandidates, readWork } from './crossref';
import { readOpenCopy } from './unpaywall';

describe('Crossref work records', () => {
  it('counts an in-place update (update-to pointing at the paper itself) and ignores notices about other papers', () => {
    const work = {
      'update-to': [
        { DOI: '10.5555/Self', type: 'correction', updated: { 'date-parts': [[2021, 2]] } },
        { DOI: '10.5555/other', type: 'retraction', updated: { 'date-parts': [[2021, 3, 1]] } },
      ],
      'updated-by': [{ DOI: '10.5555/eoc', type: 'expression_of_concern', source: 'publisher', updated: { 'date-parts': [[2022, 1, 9]] } }],
    };
    expect(paperUpdates(work, '10.5555/self')).toEqual([
      { kind: 'expression-of-concern', date: '2022-01-09', noticeDoi: '10.5555/eoc', source: 'publisher' },
      { kind: 'correction', date: '2021-02', noticeDoi: '10.5555/self' },
    ]);
  });

  it('sorts the many Crossmark update types into three, and drops the ones a reader need not see', () => {
    const updated = (type: string) => ({ 'updated-by': [{ DOI: `10.5555/${type}`, type }] });
    const kinds = ['withdrawal', 'partial_retraction', 'erratum', 'corrigendum', 'new_version', 'addendum', 'Retraction'].map(
      (type) => paperUpdates(updated(type), '10.5555/x')[0]?.kind ?? null,
    );
    expect(kinds).toEqual(['retraction', 'retraction', 'correction', 'correction', null, 'correction', 'retraction']);
  });

  it('keeps text without markup and refuses values of the wrong kind', () => {
    const record = readWork(
      {
        title: ['  Tau <sub>2</sub> in <mml:math><mml:mi>mice</mml:mi></mml:math>  '],
        author: [{ given: 'A', family: 42 }, { family: 'Ng' }, 'not an author', { name: '<b>Consortium</b>' }],
        'container-title': [null, 7, 'Cell Reports'],
        type: { not: 'text' },
        published: { 'date-parts': [['2020', 1]] },
        issued: { 'date-parts': [[2019, 13, 40]] },
        relation: { 'is-preprint-of': [{ 'id-type': 'doi', id: 'javascript:alert(1)' }, { 'id-type': 'doi', id: 'https://doi.org/10.1000/ABC' }] },
      },
      '10.5555/x',
    );
    expect(record).toEqual({
      updates: [],
      title: 'Tau 2 in mice',
      authors: ['A', 'Ng', 'Consortium'],
      journal: 'Cell Reports',
      published: '2019',
      publishedVersion: { doi: '10.1000/abc' },
    });
    expect(readWork('nonsense', '10.5555/x')).toEqual({ updates: [] });
  });

  it('does not call a preprint server a journal', () => {
    const record = readWork({ type: 'posted-content', subtype: 'preprint', 'container-title': ['bioRxiv'] }, '10.1101/x');
    expect(record).toEqual({ updates: [], type: 'posted-content', preprint: true });
  });

  it('reads dates and DOIs strictly', () => {
    expect(crossrefDate({ 'date-parts': [[2024, 5, 3]] })).toBe('2024-05-03');
    expect(crossrefDate({ 'date-parts': [[null]] })).toBeUndefined();
    expect(normalDoi('https://dx.doi.org/10.1038/S41591-024-1')).toBe('10.1038/s41591-024-1');
    expect(normalDoi('10.12/short')).toBeUndefined();
  });

  it('lists search candidates once each, only those with a DOI', () => {
    const items = [{ DOI: '10.5555/a', title: ['A'] }, { DOI: '10.5555/A' }, { title: ['no doi'] }, { DOI: '10.5555/b', 'container-title': ['J'] }];
    expect(readCandidates({ items })).toEqual([{ doi: '10.5555/a', title: 'A' }, { doi: '10.5555/b', journal: 'J' }]);
    expect(readCandidates({ items }, 1)).toHaveLength(1);
    expect(readCandidates(null)).toEqual([]);
  });
});

describe('Unpaywall answers', () => {
  it('no copy when is_oa is false, and only web links are ever kept', () => {
    expect(readOpenCopy({ is_oa: false, best_oa_location: { url: 'https://x.org/a.pdf', url_for_pdf: 'https://x.org/a.pdf' } })).toBeNull();
    expect(readOpenCopy({ is_oa: true, best_oa_location: { url: 'javascript:alert(1)', url_for_pdf: 'data:application/pdf,x' } })).toBeNull();
    expect(readOpenCopy({ is_oa: true, best_oa_location: { url: 'https://x.org/landing' } })).toEqual({ url: 'https://x.org/landing', pdf: false });
    expect(readOpenCopy('nonsense')).toBeNull();
  });
});
