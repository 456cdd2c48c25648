/** Multinomial logistic regression over named features, trained by full-batch Adam: same data, same weights. */
import { CLAIM_STRENGTHS, type ClaimStrength } from './strengths';

export interface Example {
  features: string[];
  /** One of the model's classes: a strength, or a finer code that maps to one (see ClaimModel.strengthOf). */
  label: string;
  /** How much this sentence counts (classes and data sets are balanced through it). */
  weight: number;
}

export interface TrainOptions {
  /** L2 penalty per unit of example weight. */
  l2: number;
  iterations: number;
  /** A feature seen in fewer examples than this is left out (rare words only learn noise). */
  minCount: number;
  rate: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 1e-3, iterations: 400, minCount: 3, rate: 0.05 };

export interface ClaimModel {
  /** The classes the model tells apart: finer than the four strengths ("no relationship stated" vs "nothing claimed"). */
  classes: readonly string[];
  /** The strength each class counts as. */
  strengthOf: ClaimStrength[];
  features: string[];
  /** weights[f * classes + c]; rounded for a small file. */
  weights: number[];
}

export function train(
  examples: Example[],
  opts: TrainOptions = DEFAULT_TRAIN,
  classes: readonly string[] = CLAIM_STRENGTHS,
  strengthOf: ClaimStrength[] = [...CLAIM_STRENGTHS],
): ClaimModel {
  const K = classes.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts].filter(([f, c]) => c >= opts.minCount || f === 'bias').map(([f]) => f).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = examples.map((e) => Int32Array.from(e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const labels = examples.map((e) => classes.indexOf(e.label));
  const total = examples.reduce((s, e) => s + e.weight, 0);
  const W = new Float64Array(features.length * K);
  const m = new Float64Array(W.length), v = new Float64Array(W.length), g = new Float64Array(W.length);
  const z = new Float64Array(K);
  const b1 = 0.9, b2 = 0.999;
  for (let it = 1; it <= opts.iterations; it++) {
    g.fill(0);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n];
      z.fill(0);
      for (const f of row) for (let c = 0; c < K; c++) z[c] += W[f * K + c];
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, z[c]);
      let sum = 0;
      for (let c = 0; c < K; c++) { z[c] = Math.exp(z[c] - max); sum += z[c]; }
      const w = examples[n].weight / total;
      for (let c = 0; c < K; c++) {
        const d = w * (z[c] / sum - (c === labels[n] ? 1 : 0));
        for (const f of row) g[f * K + c] += d;
      }
    }
    for (let i = 0; i < W.length; i++) {
      const gi = g[i] + opts.l2 * W[i];
      m[i] = b1 * m[i] + (1 - b1) * gi;
      v[i] = b2 * v[i] + (1 - b2) * gi * gi;
      W[i] -= (opts.rate * (m[i] / (1 - b1 ** it))) / (Math.sqrt(v[i] / (1 - b2 ** it)) + 1e-8);
    }
  }
  // Drop features whose weights all round to zero: they change no answer.
  const keep: string[] = [];
  const weights: number[] = [];
  features.forEach((f, i) => {
    const row = Array.from(W.subarray(i * K, i * K + K), (x) => Math.round(x * 100) / 100);
    if (row.some((x) => x !== 0)) { keep.push(f); weights.push(...row); }
  });
  return { classes, strengthOf, features: keep, weights };
}
