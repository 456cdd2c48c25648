// Trains the claim-strength model from ../shared/claims, measures it, and writes lib/analysis/claims/model.json.
//   npm run train:claims                    cross-validation, transfer, held-out figures, then the model
//   npm run train:claims -- --quick         cross-validation and transfer only (held-out split untouched, nothing written)
//   options for experiments: --l2 X --iterations N --minCount N --rate X --insciout WEIGHT --fine --drop PREFIX,…
// Folds and the held-out split come from a hash of each sentence's article (InSciOut) or text (PubMed), so every
// run sees the same split; an article's sentences stay in one fold.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClaimClassifier } from '../lib/analysis/claims/classifier';
import { claimFeatures } from '../lib/analysis/claims/features';
import { score, type Scores } from '../lib/analysis/claims/metrics';
import { CLAIM_STRENGTHS, type ClaimStrength } from '../lib/analysis/claims/strengths';
import { DEFAULT_TRAIN, train, type Example, type TrainOptions } from '../lib/analysis/claims/train';

interface Row { text: string; strength: ClaimStrength; label: string; set: 'pubmed' | 'insciout'; from: string; part: string; group: string; features: string[] }

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const dataDir = resolve(args.includes('--data') ? args[args.indexOf('--data') + 1] : '../shared/claims');
const FOLDS = 5;
const opt = (name: string) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : undefined);
const OPTIONS: TrainOptions = { ...DEFAULT_TRAIN };
for (const k of ['l2', 'iterations', 'minCount', 'rate'] as const) OPTIONS[k] = opt(k) ?? OPTIONS[k];

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// InSciOut's 0-6 codes are kept as classes of their own (a stated non-link reads unlike no claim at all; "can"
// unlike "may"); PubMed's four labels sit on the same scale. Answers add the codes back up into the four strengths.
const fine = args.includes('--fine');
const FINE = ['0', '1', '2', '3', '4', '5', '6'];
const FINE_STRENGTH: ClaimStrength[] = ['none', 'none', 'correlational', 'correlational', 'conditional', 'conditional', 'causal'];
const FINE_OF = (o: { code?: number; strength: ClaimStrength }) =>
  o.code !== undefined ? String(o.code) : { none: '0', correlational: '2', conditional: '4', causal: '6' }[o.strength];
const trainModel = (ex: Example[]) => (fine ? train(ex, OPTIONS, FINE, FINE_STRENGTH) : train(ex, OPTIONS));

const drop = args.includes('--drop') ? args[args.indexOf('--drop') + 1].split(',') : [];
const keepFeature = (f: string) => !drop.some((p) => f.startsWith(p));

function load(set: Row['set']): Row[] {
  return readFileSync(join(dataDir, `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const o = JSON.parse(l);
    return { text: o.text, strength: o.strength, label: fine ? FINE_OF(o) : o.strength, set, from: o.from, part: o.part, group: set === 'insciout' ? `i:${o.article}` : `p:${o.text}`, features: claimFeatures(o.text).filter(keepFeature) };
  });
}

// Each data set counts the same, and within it each class the same: macro-F1 weighs rare classes fully.
function examples(rows: Row[]): Example[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(`${r.set}/${r.strength}`, (count.get(`${r.set}/${r.strength}`) ?? 0) + 1);
  const share = { pubmed: 1, insciout: opt('insciout') ?? 1 };
  return rows.map((r) => ({ features: r.features, label: r.label, weight: share[r.set] / count.get(`${r.set}/${r.strength}`)! }));
}

function evaluate(trainRows: Row[], testRows: Row[]): ClaimStrength[] {
  const c = createClaimClassifier(trainModel(examples(trainRows)));
  return testRows.map((r) => c.classify(r.text).strength);
}

const fmt = (s: Scores) => `macro-F1 ${s.macroF1.toFixed(3)} acc ${(100 * s.accuracy).toFixed(1)}% · ` +
  CLAIM_STRENGTHS.map((c) => `${c} ${s.perClass[c].f1.toFixed(2)}`).join(' ') + ` (n ${s.n})`;

const all = [...load('pubmed'), ...load('insciout')];
const isHeld = (r: Row) => fnv(`held:${r.group}`) % 5 === 0;
// The held-out split is left out of every figure but its own, quick or not.
const work = all.filter((r) => !isHeld(r));
const held = all.filter(isHeld);
const fold = (r: Row) => fnv(r.group) % FOLDS;

const slices: [string, (r: Row) => boolean][] = [
  ['pubmed', (r) => r.set === 'pubmed'],
  ['insciout', (r) => r.set === 'insciout'],
  ['insciout press releases', (r) => r.set === 'insciout' && r.from === 'press-release'],
  ['insciout news', (r) => r.set === 'insciout' && r.from === 'news'],
  ['insciout titles', (r) => r.set === 'insciout' && r.part === 'title'],
];
const figures: Record<string, string> = {};
const report = (name: string, rows: Row[], got: ClaimStrength[]) => {
  for (const [slice, keep] of slices) {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    const line = fmt(score(idx.map((i) => rows[i].strength), idx.map((i) => got[i])));
    figures[`${name} · ${slice}`] = line;
    console.log(`${name.padEnd(28)} ${slice.padEnd(24)} ${line}`);
  }
};

const t0 = Date.now();
const cvGot: ClaimStrength[] = new Array(work.length);
for (let k = 0; k < FOLDS; k++) {
  const test = work.map((r, i) => (fold(r) === k ? i : -1)).filter((i) => i >= 0);
  const got = evaluate(work.filter((r) => fold(r) !== k), test.map((i) => work[i]));
  test.forEach((i, j) => (cvGot[i] = got[j]));
}
report(`${FOLDS}-fold CV`, work, cvGot);
const pm = work.filter((r) => r.set === 'pubmed'), ins = work.filter((r) => r.set === 'insciout');
report('transfer pubmed → insciout', ins, evaluate(pm, ins));
report('transfer insciout → pubmed', pm, evaluate(ins, pm));
if (!quick) {
  report('held out (never tuned on)', held, evaluate(work, held));
  const model = trainModel(examples(all));
  const path = resolve('lib/analysis/claims/model.json');
  writeFileSync(path, JSON.stringify(model) + '\n');
  writeFileSync(resolve('lib/analysis/claims/figures.json'), JSON.stringify({ trainedOn: all.length, held: held.length, figures }, null, 2) + '\n');
  console.log(`model: ${model.features.length} features, ${(readFileSync(path).length / 1024).toFixed(0)} KB → ${path}`);
}
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
