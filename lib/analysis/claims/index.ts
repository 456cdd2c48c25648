/** Claim strength: the shipped model, and the story-level analysis over it. */
import { createClaimClassifier, type ClaimClassifier } from './classifier';
import model from './model.json';
import type { ClaimModel } from './train';

export { createClaimClassifier, type ClaimClassifier, type ClaimScore } from './classifier';
export { analyzeClaims, claimSentences, claimWarningFor } from './story';
export { CLAIM_STRENGTHS, type ClaimStrength } from './strengths';

/** A classifier over the checked-in model (npm run train:claims writes it). */
export function createDefaultClaimClassifier(): ClaimClassifier {
  return createClaimClassifier(model as unknown as ClaimModel);
}
