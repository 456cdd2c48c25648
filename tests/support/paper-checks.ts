import type { PaperCheck } from '../../lib/paper/types';

/** A checked paper that was retracted, as Crossref and Unpaywall describe it; tests add their open-copy fields. */
export const RETRACTED_CHECK: PaperCheck = {
  doi: '10.5555/caveat.retracted',
  checkedAt: '2026-12-06T10:00:00.000Z',
  found: true,
  title: 'Food dye intake and attention in school-age children',
  authors: ['Maria Okafor', 'Jonas Lindqvist'],
  journal: 'Journal of Example Paediatrics',
  published: '2022-09-20',
  type: 'journal-article',
  updates: [{ kind: 'retraction', date: '2024-05-03', noticeDoi: '10.5555/caveat.retracted.notice', source: 'publisher' }],
};

/** A preprint since published in a journal. */
export const PREPRINT_CHECK: PaperCheck = {
  doi: '10.1101/2099.01.02.24399999',
  checkedAt: '2026-12-06T10:00:00.000Z',
  found: true,
  type: 'posted-content',
  preprint: true,
  updates: [],
  publishedVersion: { doi: '10.5555/caveat.published', journal: 'Nature Medicine' },
};
