/** Figures from predictions: accuracy by set, per class, subjects, and how sure answers fare. */
import { SUBJECT_OF } from '../../lib/analysis/research/subjects';
import { argmax, type Prediction } from './evaluate';

const pct = (ok: number, n: number) => `${n ? ((100 * ok) / n).toFixed(1) : '–'}%`.padStart(6);

export function accuracyBy(preds: Prediction[], classes: string[]): string[] {
  const by = new Map<string, [number, number]>();
  for (const p of preds) {
    const ok = p.accept.includes(argmax(p.probs));
    for (const key of [p.item.set, 'all']) {
      const v = by.get(key) ?? [0, 0];
      v[0] += ok ? 1 : 0;
      v[1]++;
      by.set(key, v);
    }
  }
  void classes;
  return [...by].map(([k, [ok, n]]) => `  ${k.padEnd(11)} ${pct(ok, n)} (${ok}/${n})`);
}

/** Recall and precision per class (over all sets), a label counted right when any accepted class was given. */
export function perClass(preds: Prediction[], classes: string[]): string[] {
  return classes.map((c, k) => {
    const labelled = preds.filter((p) => p.accept[0] === k);
    const given = preds.filter((p) => argmax(p.probs) === k);
    const recall = labelled.filter((p) => p.accept.includes(argmax(p.probs))).length;
    const precision = given.filter((p) => p.accept.includes(k)).length;
    return `  ${c.padEnd(15)} recall ${pct(recall, labelled.length)} (${labelled.length})  precision ${pct(precision, given.length)} (${given.length})`;
  });
}

/** Accuracy and coverage of the answers given as sure, for a few thresholds. */
export function sureCurve(preds: Prediction[]): string[] {
  const out: string[] = [];
  for (const t of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]) {
    const sure = preds.filter((p) => Math.max(...p.probs) >= t);
    const ok = sure.filter((p) => p.accept.includes(argmax(p.probs))).length;
    out.push(`  sure ≥ ${t}: right ${pct(ok, sure.length)} covering ${pct(sure.length, preds.length)}`);
  }
  return out;
}

/** Subjects as the type's subjects, on stories that label subjects (insciout) or a type. */
export function subjectsOf(preds: Prediction[], classes: string[]): string[] {
  let ok = 0;
  let n = 0;
  for (const p of preds) {
    const label = p.item.subjects;
    if (!label) continue;
    const got = SUBJECT_OF[classes[argmax(p.probs)] as keyof typeof SUBJECT_OF];
    n++;
    if (label === 'animals-or-cells' ? got === 'animals' || got === 'cells' : got === label) ok++;
  }
  return [`  subjects ${pct(ok, n)} (${ok}/${n})`];
}
