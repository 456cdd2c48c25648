/** Out-of-fold predictions for a task, and the figures made from them. */
import { probabilities } from '../../lib/analysis/research/model';
import type { Item } from './corpus';
import { fit, type FitOptions } from './fit';
import { foldOf, isHeldOut } from './split';
import { exampleWeight, type Prepared, type Task } from './tasks';

export interface Prediction {
  item: Item;
  probs: number[];
  accept: number[];
}

export interface RunOptions {
  /** Overrides the task's own settings. */
  fit?: FitOptions;
  perSet: Record<string, number>;
  folds: number;
  seeds: number;
  /** Train on everything but the held-out part and predict it, instead of cross-validating. */
  heldOut: boolean;
}

export function groupSizes(items: Item[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const it of items) n.set(it.group, (n.get(it.group) ?? 0) + 1);
  return n;
}

/** Fits a model on some prepared stories. */
export function train(task: Task, stories: Prepared[], sizes: Map<string, number>, o: Pick<RunOptions, 'fit' | 'perSet'>) {
  const examples = stories.flatMap((p) => {
    const accept = task.accept(p.item);
    return accept && accept.length ? [task.example(p, accept, exampleWeight(p.item, sizes.get(p.item.group)!, o.perSet))] : [];
  });
  return fit(task.classes, examples, o.fit ?? task.fit);
}

/** Predictions for every scored story that was not trained on (cross-validated, or the held-out part). */
export function predictions(task: Task, stories: Prepared[], o: RunOptions): Prediction[] {
  const sizes = groupSizes(stories.map((p) => p.item));
  const out: Prediction[] = [];
  const rounds = o.heldOut ? [[0, 0]] : [...Array(o.seeds).keys()].flatMap((seed) => [...Array(o.folds).keys()].map((fold) => [fold, seed]));
  for (const [fold, seed] of rounds) {
    const inTest = (p: Prepared) => (o.heldOut ? isHeldOut(p.item) : !isHeldOut(p.item) && foldOf(p.item, o.folds, seed) === fold);
    const inTrain = (p: Prepared) => (o.heldOut ? !isHeldOut(p.item) : !isHeldOut(p.item) && foldOf(p.item, o.folds, seed) !== fold);
    const model = train(task, stories.filter(inTrain), sizes, o);
    for (const p of stories.filter(inTest)) {
      if (!task.scored(p.item)) continue;
      const ex = task.example(p, [], 1);
      out.push({ item: p.item, probs: probabilities(model, ex.shared, ex.global), accept: task.accept(p.item)! });
    }
  }
  return out;
}

export const argmax = (p: number[]): number => p.indexOf(Math.max(...p));

/** Temperature that maximises the likelihood of the accepted classes (a coarse search is enough). */
export function fitTemperature(preds: Prediction[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 3; t += 0.05) {
    let loss = 0;
    for (const p of preds) {
      const logits = p.probs.map((x) => Math.log(Math.max(x, 1e-12)) / t);
      const max = Math.max(...logits);
      const z = logits.reduce((a, l) => a + Math.exp(l - max), 0);
      const pa = p.accept.reduce((a, k) => a + Math.exp(logits[k] - max) / z, 0);
      loss -= Math.log(Math.max(pa, 1e-12));
    }
    if (loss < bestLoss) [best, bestLoss] = [Math.round(t * 100) / 100, loss];
  }
  return best;
}

/** Probabilities rescaled by a temperature. */
export function withTemperature(probs: number[], t: number): number[] {
  const logits = probs.map((x) => Math.log(Math.max(x, 1e-12)) / t);
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}
