/** The figures `npm run train` reaches, as Markdown (scripts/train/figures.md, summarised in the README). */
import type { LogLinearModel } from '../../lib/analysis/research/model';
import { SUBJECT_OF } from '../../lib/analysis/research/subjects';
import type { StudyType } from '../../lib/analysis/types';
import type { Item } from './corpus';
import { argmax, type Prediction } from './evaluate';

interface Part {
  model: LogLinearModel;
  cv: Prediction[];
  heldOut: Prediction[];
}

const pct = (ok: number, n: number) => (n ? `${((100 * ok) / n).toFixed(1)}%` : '–');
const right = (p: Prediction) => p.accept.includes(argmax(p.probs));
const SETS = ['hand', 'fakehealth', 'insciout', 'cardiff', 'ours-en', 'ours-de'];

function bySet(parts: [string, Prediction[]][]): string {
  const rows = [`| set | ${parts.map(([name]) => name).join(' | ')} |`, `|---|${parts.map(() => '---|').join('')}`];
  for (const set of [...SETS, 'all']) {
    const cells = parts.map(([, preds]) => {
      const of = preds.filter((p) => set === 'all' || p.item.set === set);
      return of.length ? `${pct(of.filter(right).length, of.length)} (${of.length})` : '–';
    });
    if (cells.some((c) => c !== '–')) rows.push(`| ${set} | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

function byClass(classes: string[], cv: Prediction[], heldOut: Prediction[]): string {
  const rows = ['| class | stories | recall (cv) | precision (cv) | recall (held-out) | precision (held-out) |', '|---|---|---|---|---|---|'];
  classes.forEach((c, k) => {
    const cell = (preds: Prediction[]) => {
      const labelled = preds.filter((p) => p.accept[0] === k);
      const given = preds.filter((p) => argmax(p.probs) === k);
      return [pct(labelled.filter(right).length, labelled.length), pct(given.filter((p) => p.accept.includes(k)).length, given.length)];
    };
    const n = cv.filter((p) => p.accept[0] === k).length + heldOut.filter((p) => p.accept[0] === k).length;
    rows.push(`| ${c} | ${n} | ${[...cell(cv), ...cell(heldOut)].join(' | ')} |`);
  });
  return rows.join('\n');
}

/** Recall per class and set (cross-validated): how often a story labelled with the class got it (or an accepted alternative). */
function classBySet(classes: string[], preds: Prediction[]): string {
  const sets = SETS.filter((s) => preds.some((p) => p.item.set === s));
  const rows = [`| class | ${sets.join(' | ')} |`, `|---|${sets.map(() => '---|').join('')}`];
  classes.forEach((c, k) => {
    const cells = sets.map((set) => {
      const of = preds.filter((p) => p.item.set === set && p.accept[0] === k);
      return of.length ? `${pct(of.filter(right).length, of.length)} (${of.length})` : '–';
    });
    rows.push(`| ${c} | ${cells.join(' | ')} |`);
  });
  return rows.join('\n');
}

function bands(preds: Prediction[]): string {
  const rows = ['| confidence | stories | right |', '|---|---|---|'];
  for (const [lo, hi] of [[0, 0.4], [0.4, 0.6], [0.6, 0.8], [0.8, 1.01]]) {
    const of = preds.filter((p) => Math.max(...p.probs) >= lo && Math.max(...p.probs) < hi);
    rows.push(`| ${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)} | ${of.length} | ${pct(of.filter(right).length, of.length)} |`);
  }
  return rows.join('\n');
}

function sureLine(preds: Prediction[], threshold: number, sets: Set<string>): string {
  const of = preds.filter((p) => sets.has(p.item.set));
  const sure = of.filter((p) => Math.max(...p.probs) >= threshold);
  return `${pct(sure.filter(right).length, sure.length)} right, covering ${pct(sure.length, of.length)} of ${of.length}`;
}

function subjects(preds: Prediction[], classes: string[]): string {
  const rows = ['| set | subjects right |', '|---|---|'];
  for (const set of SETS) {
    const of = preds.filter((p) => p.item.set === set && p.item.subjects);
    if (!of.length) continue;
    const ok = of.filter((p) => {
      const got = SUBJECT_OF[classes[argmax(p.probs)] as StudyType];
      return p.item.subjects === 'animals-or-cells' ? got === 'animals' || got === 'cells' : got === p.item.subjects;
    }).length;
    rows.push(`| ${set} | ${pct(ok, of.length)} (${of.length}) |`);
  }
  return rows.join('\n');
}

export function markdownFigures(r: { study: Part; studyCues: Part; review: Part; sure: number; stories: Item[] }): string {
  const classes = r.study.model.classes;
  const counts = SETS.map((s) => `${s} ${r.stories.filter((i) => i.set === s).length}`).join(', ');
  const rubric = new Set(['hand', 'fakehealth']);
  const ours = new Set(['ours-en', 'ours-de']);
  return `# Research model: figures

Written by \`npm run train\`; do not edit by hand. Stories: ${counts}. Cross-validation: 5 folds, an
article's or paper's stories in one fold, on the development part; held-out: a fifth of the groups, never used
to choose features or settings. The model shipped is then trained on every story.

## Study type (accuracy; a label's alternatives count as right)

${bySet([['cv, words + cues', r.study.cv], ['held-out, words + cues', r.study.heldOut], ['cv, cues only (German pages)', r.studyCues.cv], ['held-out, cues only', r.studyCues.heldOut]])}

### Per class (words + cues, all sets)

${byClass(classes, r.study.cv, r.study.heldOut)}

### Recall per class and set (words + cues, cross-validated)

${classBySet(classes, r.study.cv)}

### "Not sure" (threshold ${r.sure})

Answers given as sure on the real stories labelled by our rubric (hand, fakehealth): cv ${sureLine(r.study.cv, r.sure, rubric)};
held-out ${sureLine(r.study.heldOut, r.sure, rubric)}. On our own stories: cv ${sureLine(r.study.cv, r.sure, ours)}; held-out
${sureLine(r.study.heldOut, r.sure, ours)}. On insciout: cv ${sureLine(r.study.cv, r.sure, new Set(['insciout']))}.

Accuracy per confidence band (held-out, all sets):

${bands(r.study.heldOut)}

### Subjects (from the study type)

cv:

${subjects(r.study.cv, classes)}

held-out:

${subjects(r.study.heldOut, classes)}

## Peer review

${bySet([['cv', r.review.cv], ['held-out', r.review.heldOut]])}

${byClass(r.review.model.classes, r.review.cv, r.review.heldOut)}

${classBySet(r.review.model.classes, r.review.cv)}
`;
}
