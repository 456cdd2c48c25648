// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pagesFor, PAGE_SIZE, toSearchParams } from './library-pages';
import { EMPTY_QUERY, queryFromParams, queryToParams } from './library-query';

describe('library query in the address', () => {
  it('round-trips a filtered query and leaves defaults out', () => {
    const q = { ...EMPTY_QUERY, text: 'ice sheet', tag: 'climate', read: 'unread' as const, sort: 'title-asc' as const };
    const search = queryToParams(q);
    expect(search).toBe('text=ice+sheet&tag=climate&read=unread&sort=title-asc');
    expect(queryFromParams(`?${search}`)).toEqual(q);
    expect(queryToParams(EMPTY_QUERY)).toBe('');
  });

  it('ignores values it does not know', () => {
    const q = queryFromParams('?sort=random&read=maybe&colour=blue');
    expect(q.sort).toBe('saved-desc');
    expect(q.read).toBe('');
    expect(q).not.toHaveProperty('colour');
  });
});

describe('library pages', () => {
  it('asks only for the pages the visible rows fall in', () => {
    expect(pagesFor(0, 30)).toEqual([0]);
    expect(pagesFor(PAGE_SIZE - 5, PAGE_SIZE + 5)).toEqual([0, 1]);
    expect(pagesFor(9_990, 10_000)).toEqual([Math.floor(9_990 / PAGE_SIZE)]);
    expect(pagesFor(0, 0)).toEqual([0]);
  });

  it('maps the UI query to search parameters, empty meaning any', () => {
    expect(toSearchParams(EMPTY_QUERY)).toEqual({ sort: 'saved-desc', query: undefined, studyType: undefined, peerReview: undefined, journal: undefined, tag: undefined, read: undefined });
    expect(toSearchParams({ ...EMPTY_QUERY, read: 'read', studyType: 'animal' })).toMatchObject({ read: true, studyType: 'animal' });
    expect(toSearchParams({ ...EMPTY_QUERY, read: 'unread' }).read).toBe(false);
  });
});
