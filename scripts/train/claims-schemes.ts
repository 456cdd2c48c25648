// The two annotation schemes, and classes fine enough that they no longer contradict each other in training.
// Yu et al.'s annotators (the PubMed labels, and the press releases of Yu et al. 2020) label the language of the
// relation: "can reduce" is causal, "did not reduce" causal, "was not associated" correlational. The InSciOut
// coders code "can" apart (5, counted as conditional) and a stated non-link apart (1, counted as none).
import type { ClaimStrength } from '../../lib/analysis/claims/strengths';

/** 0 nothing claimed · 1R/1C a negated association/cause · 2, 3 association · 4 hedged cause · 5 "can" · 6 cause. */
export const SCHEME_CLASSES = ['0', '1R', '1C', '2', '3', '4', '5', '6'] as const;
export type SchemeName = 'insciout' | 'yu';
export const SCHEMES: Record<SchemeName, ClaimStrength[]> = {
  insciout: ['none', 'none', 'none', 'correlational', 'correlational', 'conditional', 'conditional', 'causal'],
  yu: ['none', 'correlational', 'causal', 'correlational', 'correlational', 'conditional', 'causal', 'causal'],
};

const negated = (features: string[]) => features.includes('main:C:neg') || features.includes('main:R:neg');

/** A labelled sentence's fine class: InSciOut's code, split by the relation's kind; PubMed's label, split by its scope. */
export function schemeClass(o: { code?: number; strength: ClaimStrength }, features: string[]): string {
  if (o.code !== undefined) {
    if (o.code === 1) return features.some((f) => f.startsWith('main:C:')) ? '1C' : '1R';
    return String(o.code);
  }
  if (o.strength === 'none') return '0';
  if (o.strength === 'conditional') return '4';
  if (o.strength === 'correlational') return negated(features) ? '1R' : '2';
  return negated(features) ? '1C' : features.includes('main:C:can') ? '5' : '6';
}

/** What Yu et al.'s annotators would call an InSciOut sentence (null: not known from the code). */
export const yuStrength = (o: { code?: number; strength: ClaimStrength }, features: string[]): ClaimStrength | null =>
  o.code === 5 ? 'causal' : o.code === 1 ? (features.some((f) => f.startsWith('main:C:')) ? 'causal' : features.some((f) => f.startsWith('main:R:')) ? 'correlational' : null) : o.strength;
