/** The search API's parameter and result types (apart from the code, so match.ts and search.ts share them). */
import type { PeerReview, StudyType } from '../analysis/types';
import type { StoredStory } from './schema';

export const SORT_ORDERS = ['saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title-asc', 'title-desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchParams {
  /** Words to find in title, text, notes and tags (all must match; the last may be a prefix). */
  query?: string;
  studyType?: StudyType;
  peerReview?: PeerReview;
  /** Exact journal name as listFacets reports it. */
  journal?: string;
  tag?: string;
  read?: boolean;
  /** true: only stories whose claims go beyond what their study can show. */
  claimWarning?: boolean;
  /** true: only stories whose checked paper was retracted, corrected or given an expression of concern. */
  paperFlagged?: boolean;
  sort?: SortOrder;
  /** Page size; default 50. */
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  /** Ids of the requested page, in order. */
  ids: number[];
  /** The records of that page, same order. */
  stories: StoredStory[];
  /** How many stories match in all. */
  total: number;
}
