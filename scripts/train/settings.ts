/** Settings of the research model's training, chosen by cross-validation (never on the held-out part). */

/** How much a story of each set counts (before dividing by the square root of its paper's story count). */
export const DEFAULT_PER_SET: Record<string, number> = { hand: 1, fakehealth: 1, insciout: 0.6, cardiff: 0.3, 'ours-en': 0.7, 'ours-de': 0.7 };

import { STUDY_CUES } from '../../lib/analysis/research/cues';
import { ROLES, type Role } from '../../lib/analysis/research/roles';

/** How much a cue's hand-set strength says in each place, as a prior for its learned weight. */
const ROLE_PRIOR: Record<Role, number> = { own: 1, body: 0.8, plan: 0.2, other: 0.2 };

/** Priors of the study-type model: each cue's hand strength, scaled. */
export function studyPrior(scale: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const cue of STUDY_CUES) for (const role of ROLES) out[`c:${cue.id}:${role}`] = scale * cue.w * ROLE_PRIOR[role];
  return out;
}

/** Priors of the peer-review model: signs whose meaning is plain, however rarely a story shows them. */
export const REVIEW_PRIOR: Record<string, Record<string, number>> = {
  'm:journal': { 'peer-reviewed': 5 },
  'm:scholarly': { 'peer-reviewed': 3 },
  'm:preprint': { preprint: 5 },
  'l:preprint': { preprint: 6 },
  'l:paper': { 'peer-reviewed': 4 },
};
