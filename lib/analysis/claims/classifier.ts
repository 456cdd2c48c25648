/** The claim-strength model, loaded once into an object the caller keeps: sentence → strength and its probability. */
import { claimFeatures } from './features';
import { CLAIM_STRENGTHS, type ClaimStrength } from './strengths';
import type { ClaimModel } from './train';

export interface ClaimScore {
  strength: ClaimStrength;
  /** The model's probability for that strength, 0..1. */
  probability: number;
}

export interface ClaimClassifier {
  classify(text: string): ClaimScore;
  /** Each strength's probability, in CLAIM_STRENGTHS order. */
  probabilities(text: string): number[];
}

export function createClaimClassifier(model: ClaimModel): ClaimClassifier {
  const K = model.classes.length;
  const strength = model.strengthOf.map((s) => CLAIM_STRENGTHS.indexOf(s));
  const index = new Map(model.features.map((f, i) => [f, i]));
  const probabilities = (text: string): number[] => {
    const z = new Array<number>(K).fill(0);
    for (const f of claimFeatures(text)) {
      const i = index.get(f);
      if (i === undefined) continue;
      for (let c = 0; c < K; c++) z[c] += model.weights[i * K + c];
    }
    const max = Math.max(...z);
    const e = z.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const p = new Array<number>(CLAIM_STRENGTHS.length).fill(0);
    e.forEach((x, c) => (p[strength[c]] += x / sum));
    return p;
  };
  return {
    probabilities,
    classify(text) {
      const p = probabilities(text);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
      return { strength: CLAIM_STRENGTHS[best], probability: Math.round(p[best] * 1000) / 1000 };
    },
  };
}
