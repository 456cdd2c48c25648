import type { PeerReview, StudyType } from '../analysis/types';

export type LibrarySort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'title-asc';
export const LIBRARY_SORTS: LibrarySort[] = ['saved-desc', 'saved-asc', 'published-desc', 'title-asc'];

/** What the library page asks for: search words, filters ('' = any) and sort. */
export interface LibraryQuery {
  text: string;
  studyType: StudyType | '';
  peerReview: PeerReview | '';
  journal: string;
  tag: string;
  read: '' | 'read' | 'unread';
  /** 'warned': only stories whose claims go beyond their study. */
  claims: '' | 'warned';
  /** 'flagged': only stories whose checked paper was retracted, corrected or given an expression of concern. */
  paper: '' | 'flagged';
  sort: LibrarySort;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', studyType: '', peerReview: '', journal: '', tag: '', read: '', claims: '', paper: '', sort: 'saved-desc' };

/** The values each filter offers, from the saved stories themselves. */
export interface LibraryFacets {
  studyTypes: StudyType[];
  peerReviews: PeerReview[];
  journals: string[];
  tags: string[];
}

/** The query kept in the page address (?q=…&tag=…), so a filtered list survives reload and can be bookmarked. */
export function queryToParams(q: LibraryQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) {
    if (value && !(key === 'sort' && value === EMPTY_QUERY.sort)) params.set(key, String(value));
  }
  return params.toString();
}

export function queryFromParams(search: string): LibraryQuery {
  const params = new URLSearchParams(search);
  const q: LibraryQuery = { ...EMPTY_QUERY };
  for (const key of Object.keys(q) as (keyof LibraryQuery)[]) {
    const value = params.get(key);
    if (value !== null) (q as unknown as Record<string, string>)[key] = value;
  }
  if (!LIBRARY_SORTS.includes(q.sort)) q.sort = EMPTY_QUERY.sort;
  if (!['', 'read', 'unread'].includes(q.read)) q.read = '';
  if (q.claims !== 'warned') q.claims = '';
  if (q.paper !== 'flagged') q.paper = '';
  return q;
}
