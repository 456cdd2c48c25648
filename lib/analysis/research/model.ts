import type { FeatureMap } from './features';

/**
 * A multinomial log-linear model, as `npm run train` writes it: a class's score is its bias, plus its own weight
 * for each global feature, plus the shared weight of each feature that describes that class. Probabilities are
 * the softmax of the scores divided by a temperature fitted so that they are calibrated.
 */
export interface LogLinearModel {
  classes: string[];
  bias: number[];
  /** Feature name → one weight, used for whichever class the feature describes. */
  shared: Record<string, number>;
  /** Feature name → a weight per class. */
  perClass: Record<string, number[]>;
  temperature: number;
}

/** Raw scores, one per class; `shared` maps a class name to the features that describe it. */
export function scores(model: LogLinearModel, shared: Partial<Record<string, FeatureMap>>, global: FeatureMap): number[] {
  const out = model.bias.slice();
  model.classes.forEach((c, k) => {
    for (const [name, value] of Object.entries(shared[c] ?? {})) out[k] += (model.shared[name] ?? 0) * value;
  });
  for (const [name, value] of Object.entries(global)) {
    const w = model.perClass[name];
    if (w) for (let k = 0; k < out.length; k++) out[k] += w[k] * value;
  }
  return out;
}

/** Softmax of scores / temperature. */
export function softmax(raw: number[], temperature = 1): number[] {
  const max = Math.max(...raw);
  const e = raw.map((s) => Math.exp((s - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** Calibrated class probabilities, in the model's class order. */
export function probabilities(model: LogLinearModel, shared: Partial<Record<string, FeatureMap>>, global: FeatureMap): number[] {
  return softmax(scores(model, shared, global), model.temperature);
}
