/**
 * Fits a LogLinearModel (lib/analysis/research/model.ts) by gradient descent on the log-likelihood of each
 * example's accepted classes (a label and the alternatives a careful reader could defend), with L2 penalties.
 * Deterministic: same data, same model.
 */
import type { FeatureMap } from '../../lib/analysis/research/features';
import { softmax, type LogLinearModel } from '../../lib/analysis/research/model';

export interface Example {
  shared: Partial<Record<string, FeatureMap>>;
  global: FeatureMap;
  /** Indices of the classes that count as right. */
  accept: number[];
  weight: number;
}

export interface FitOptions {
  /** L2 on shared weights and on per-class weights (per unit of example weight). */
  l2Shared: number;
  l2Class: number;
  /** L2 on per-class weights of words (features named w:… and w1:…). */
  l2Words: number;
  iterations: number;
  rate: number;
  /** Keep only global features seen in at least this many examples (words: minWordCount). */
  minCount: number;
  minWordCount: number;
  /**
   * Weights the penalties pull towards instead of zero: the cues' hand-set strengths, so that a sign the data
   * rarely shows (a page's journal metadata) keeps the meaning it plainly has, while common ones are learned.
   */
  prior?: { shared?: Record<string, number>; perClass?: Record<string, Record<string, number>> };
  /** L2 towards the per-class priors (stronger than l2Class: they are trusted). */
  l2Prior?: number;
}

export const DEFAULT_FIT: FitOptions = { l2Shared: 0.003, l2Class: 0.003, l2Words: 0.1, iterations: 300, rate: 0.05, minCount: 3, minWordCount: 10 };

interface Indexed {
  shared: [number, number, number][]; // class, feature, value
  global: [number, number][]; // feature, value
  accept: number[];
  weight: number;
}

export function fit(classes: string[], examples: Example[], opts: FitOptions = DEFAULT_FIT): LogLinearModel {
  const K = classes.length;
  const sharedIds = new Map<string, number>();
  const globalCount = new Map<string, number>();
  for (const ex of examples) for (const name of Object.keys(ex.global)) globalCount.set(name, (globalCount.get(name) ?? 0) + 1);
  // A feature with a prior is kept even when no story shows it: the prior is what it means.
  for (const name of Object.keys(opts.prior?.perClass ?? {})) if (!globalCount.has(name)) globalCount.set(name, 0);
  const globalIds = new Map<string, number>();
  for (const [name, n] of [...globalCount].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= (/^w1?:/.test(name) ? opts.minWordCount : opts.minCount) || opts.prior?.perClass?.[name]) globalIds.set(name, globalIds.size);
  const data: Indexed[] = examples.map((ex) => {
    const shared: [number, number, number][] = [];
    classes.forEach((c, k) => {
      for (const [name, v] of Object.entries(ex.shared[c] ?? {})) {
        if (!v) continue;
        if (!sharedIds.has(name)) sharedIds.set(name, sharedIds.size);
        shared.push([k, sharedIds.get(name)!, v]);
      }
    });
    const global: [number, number][] = [];
    for (const [name, v] of Object.entries(ex.global)) if (v && globalIds.has(name)) global.push([globalIds.get(name)!, v]);
    return { shared, global, accept: ex.accept, weight: ex.weight };
  });
  const S = sharedIds.size;
  const G = globalIds.size;
  // Parameters: bias K, shared S, per-class G*K.
  const n = K + S + G * K;
  const theta = new Float64Array(n);
  const l2 = new Float64Array(n);
  const prior = new Float64Array(n);
  for (let i = K; i < K + S; i++) l2[i] = opts.l2Shared;
  for (const [name, f] of globalIds) for (let k = 0; k < K; k++) l2[K + S + f * K + k] = /^w1?:/.test(name) ? opts.l2Words : opts.l2Class;
  for (const [name, i] of sharedIds) prior[K + i] = opts.prior?.shared?.[name] ?? 0;
  for (const [name, byClass] of Object.entries(opts.prior?.perClass ?? {})) {
    const f = globalIds.get(name);
    if (f === undefined) continue;
    for (const [c, w] of Object.entries(byClass)) prior[K + S + f * K + classes.indexOf(c)] = w;
    for (let k = 0; k < K; k++) l2[K + S + f * K + k] = opts.l2Prior ?? opts.l2Class;
  }
  theta.set(prior);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const totalWeight = data.reduce((a, d) => a + d.weight, 0);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let it = 1; it <= opts.iterations; it++) {
    grad.fill(0);
    for (const d of data) {
      const s = new Array<number>(K);
      for (let k = 0; k < K; k++) s[k] = theta[k];
      for (const [k, f, val] of d.shared) s[k] += theta[K + f] * val;
      for (const [f, val] of d.global) for (let k = 0; k < K; k++) s[k] += theta[K + S + f * K + k] * val;
      const p = softmax(s);
      const pa = d.accept.reduce((a, k) => a + p[k], 0);
      // d(-log Σ_accept p)/d s_k = p_k - [k accepted] p_k / pa
      const g = p.map((pk, k) => (pk - (d.accept.includes(k) ? pk / pa : 0)) * d.weight);
      for (let k = 0; k < K; k++) grad[k] += g[k];
      for (const [k, f, val] of d.shared) grad[K + f] += g[k] * val;
      for (const [f, val] of d.global) for (let k = 0; k < K; k++) grad[K + S + f * K + k] += g[k] * val;
    }
    for (let i = 0; i < n; i++) {
      grad[i] /= totalWeight;
      grad[i] += 2 * l2[i] * (theta[i] - prior[i]);
      m[i] = b1 * m[i] + (1 - b1) * grad[i];
      v[i] = b2 * v[i] + (1 - b2) * grad[i] * grad[i];
      theta[i] -= (opts.rate * (m[i] / (1 - b1 ** it))) / (Math.sqrt(v[i] / (1 - b2 ** it)) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const shared: Record<string, number> = {};
  for (const [name, i] of [...sharedIds].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (round(theta[K + i])) shared[name] = round(theta[K + i]);
  const perClass: Record<string, number[]> = {};
  for (const [name, f] of globalIds) {
    const w = Array.from({ length: K }, (_, k) => round(theta[K + S + f * K + k]));
    if (w.some((x) => Math.abs(x) >= (/^w1?:/.test(name) ? 0.01 : 1e-3))) perClass[name] = w;
  }
  return { classes, bias: Array.from(theta.subarray(0, K), round), shared, perClass, temperature: 1 };
}
