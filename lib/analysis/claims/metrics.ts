/** Macro-F1 and per-class precision, recall and F1: the figures the README reports. */
import { CLAIM_STRENGTHS, type ClaimStrength } from './strengths';

export interface Scores {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<ClaimStrength, { precision: number; recall: number; f1: number; n: number }>;
}

export function score(gold: ClaimStrength[], got: ClaimStrength[]): Scores {
  const perClass = {} as Scores['perClass'];
  let macro = 0;
  for (const c of CLAIM_STRENGTHS) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (got[i] === c && g === c) tp++;
      else if (got[i] === c) fp++;
      else if (g === c) fn++;
    });
    const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, n: tp + fn };
    macro += f1;
  }
  const right = gold.filter((g, i) => got[i] === g).length;
  return { n: gold.length, accuracy: right / (gold.length || 1), macroF1: macro / CLAIM_STRENGTHS.length, perClass };
}
