/** Filter facets with counts, read from the small counts table (lib/db/counts.ts): one step per distinct value, never per story. */
import type { PeerReview, StudyType } from '../analysis/types';
import { readCounts, type FacetField } from './counts';
import { guard } from './errors';
import type { CaveatDb } from './schema';

export interface FacetCount<T = string> {
  value: T;
  count: number;
}

export interface Facets {
  total: number;
  unread: number;
  tags: FacetCount[];
  journals: FacetCount[];
  studyTypes: FacetCount<StudyType>[];
  peerReviews: FacetCount<PeerReview>[];
}

/** Values of one field, most frequent first (ties alphabetical). */
function facet(counts: Map<string, number>, field: FacetField): FacetCount[] {
  const prefix = `${field}:`;
  const out: FacetCount[] = [];
  for (const [key, count] of counts) if (key.startsWith(prefix) && key.length > prefix.length) out.push({ value: key.slice(prefix.length), count });
  return out.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function listFacets(db: CaveatDb): Promise<Facets> {
  return guard(() =>
    readCounts(db).then((counts) => ({
      total: counts.get('total') ?? 0,
      unread: counts.get('unread') ?? 0,
      tags: facet(counts, 'tag'),
      journals: facet(counts, 'journal'),
      studyTypes: facet(counts, 'studyType') as FacetCount<StudyType>[],
      peerReviews: facet(counts, 'peerReview') as FacetCount<PeerReview>[],
    })),
  );
}
