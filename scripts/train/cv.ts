/**
 * Figures of the research model without writing it: `npx tsx scripts/train/cv.ts [--task=study|cues|review]
 * [--seeds=N] [--held-out] [--errors] [--confusion] [--l2Shared=…]`. Cross-validation never sees the held-out part.
 */
import { loadItems } from './corpus';
import type { FitOptions } from './fit';
import { argmax, fitTemperature, predictions, withTemperature, type Prediction } from './evaluate';
import { accuracyBy, perClass, subjectsOf, sureCurve } from './figures';
import { DEFAULT_PER_SET } from './settings';
import { contextPatterns } from '../../lib/analysis/research/context';
import { createJournalIndex } from '../../lib/analysis/sources/journals';
import { prepare, reviewTask, studyTask } from './tasks';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const perSet = { ...DEFAULT_PER_SET };
for (const a of args) {
  const m = /^--w:([\w-]+)=(.+)$/.exec(a);
  if (m) perSet[m[1]] = Number(m[2]);
}
const taskName = flag('task') ?? 'study';
const task = taskName === 'review' ? reviewTask : studyTask(taskName !== 'cues');
const heldOut = args.includes('--held-out');
const fitOptions: FitOptions = { ...task.fit };
for (const key of Object.keys(fitOptions) as (keyof FitOptions)[]) if (flag(key)) fitOptions[key] = Number(flag(key));

const readers = { journals: createJournalIndex(), context: { en: contextPatterns('en'), de: contextPatterns('de') } };
const stories = loadItems().map((item) => prepare(item, readers));
const preds: Prediction[] = predictions(task, stories, { fit: fitOptions, perSet, folds: 5, seeds: Number(flag('seeds') ?? 1), heldOut });
console.log(`${task.name} · ${heldOut ? "held-out" : "cross-validated"} · ${JSON.stringify({ ...fitOptions, prior: undefined })} · sets ${JSON.stringify(perSet)}`);
for (const line of accuracyBy(preds, task.classes)) console.log(line);
if (task.classes.includes('none') || task.name === 'peer review') for (const line of perClass(preds, task.classes)) console.log(line);
if (task.name !== 'peer review') {
  const t = fitTemperature(preds);
  const calibrated = preds.map((p) => ({ ...p, probs: withTemperature(p.probs, t) }));
  console.log(`temperature ${t}`);
  for (const line of sureCurve(calibrated)) console.log(line);
  for (const line of subjectsOf(calibrated, task.classes)) console.log(line);
}
if (args.includes('--confusion') || args.includes('--errors')) {
  const conf = new Map<string, number>();
  for (const p of preds) {
    const k = argmax(p.probs);
    if (p.accept.includes(k)) continue;
    const key = `${p.item.set}: ${task.classes[p.accept[0]]} → ${task.classes[k]}`;
    conf.set(key, (conf.get(key) ?? 0) + 1);
    if (args.includes('--errors') && (p.item.set !== 'insciout' || args.includes('--insciout'))) console.log(`  ${p.item.id} ${task.classes[p.accept[0]]} → ${task.classes[k]} ${p.probs[k].toFixed(2)}`);
  }
  for (const [k, n] of [...conf].sort((a, b) => b[1] - a[1])) if (n > 1) console.log(`  ${n} ${k}`);
}
