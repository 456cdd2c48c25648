// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listedAfter } from './lists';

/** The unknown names listed after the first span, given the known spans of the sentence. */
const listed = (s: string, first: string, ...known: string[]) => {
  const span = (n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });
  return listedAfter(s, span(first), [first, ...known].map(span)).map(({ start, end }) => s.slice(start, end));
};

describe('listedAfter', () => {
  it('reads items between and after known names', () => {
    expect(listed('In the journals Nature, Sleep Medicine Reviews and the Annals of Surgery.', 'Nature', 'Annals of Surgery')).toEqual(['Sleep Medicine Reviews']);
    expect(listed('In Cell and Pediatric Research, respectively.', 'Cell')).toEqual(['Pediatric Research']);
    expect(listed('In Cell, Brain Reviews, Gut Letters and Bone Reports.', 'Cell')).toEqual(['Brain Reviews', 'Gut Letters', 'Bone Reports']);
  });

  it('keeps a comma item only where "and" or "or" closes the list', () => {
    expect(listed('In Cell, Oakmere Health Research, a charity, paid.', 'Cell')).toEqual([]);
  });

  it('stops at a name that is no journal', () => {
    expect(listed('In Cell and Oakmere University Research and Sleep Reviews.', 'Cell')).toEqual([]);
    expect(listed('In Cell and Science Minister Jo Roe.', 'Cell')).toEqual([]);
  });
});
