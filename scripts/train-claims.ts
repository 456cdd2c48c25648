// Trains the claim-strength model from ../shared/claims, measures it, and writes lib/analysis/claims/model.json.
//   npm run train:claims                    cross-validation, transfer, held-out figures, then the model
//   npm run train:claims -- --quick         cross-validation and transfer only (held-out split untouched, nothing written)
//   options for experiments: --l2 X --iterations N --minCount N --rate X --insciout WEIGHT --four --map yu --balance-fine --drop PREFIX,… --dump FILE
//   --extra FILE,…: sentences we wrote ourselves (InSciOut's codes), added to every training set, never scored;
//   --ours WEIGHT: their share beside each labelled set (default 0.5)
//   --seed WORD: draw the five folds anew (the held-out split stays); CV figures move by about ±0.005 between draws, so
//   compare a change over two or three draws before believing it
// Folds and the held-out split come from a hash of each sentence's article (InSciOut) or text (PubMed), so every
// run sees the same split; an article's sentences stay in one fold.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClaimClassifier } from '../lib/analysis/claims/classifier';
import { claimFeatures } from '../lib/analysis/claims/features';
import { score, type Scores } from '../lib/analysis/claims/metrics';
import { CLAIM_STRENGTHS, type ClaimStrength } from '../lib/analysis/claims/strengths';
import { DEFAULT_TRAIN, train, type Example, type TrainOptions } from '../lib/analysis/claims/train';
import { SCHEME_CLASSES, SCHEMES, schemeClass, yuStrength, type SchemeName } from './train/claims-schemes';

interface Row { text: string; strength: ClaimStrength; label: string; set: 'pubmed' | 'insciout' | 'ours'; from: string; part: string; group: string; code?: number; features: string[]; yu?: ClaimStrength | null }

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

// The fine classes of ./train/claims-schemes.ts (--four: the four strengths alone); answers add them up by the scheme
// --map names: insciout (default, the issue's own definitions: "can" conditional, a stated non-link none) or yu.
const fine = !args.includes('--four');
const shipped: SchemeName = args.includes('--map') ? (args[args.indexOf('--map') + 1] as SchemeName) : 'insciout';
const trainModel = (ex: Example[]) => (fine ? train(ex, OPTIONS, SCHEME_CLASSES, SCHEMES[shipped]) : train(ex, OPTIONS));

const drop = args.includes('--drop') ? args[args.indexOf('--drop') + 1].split(',') : [];
const keepFeature = (f: string) => !drop.some((p) => f.startsWith(p));

function load(set: Row['set'], file = join(dataDir, `${set}.jsonl`)): Row[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const o = JSON.parse(l);
    return { text: o.text, strength: o.strength, label: '', set, from: o.from, part: o.part, group: set === 'pubmed' ? `p:${o.text}` : `${set[0]}:${o.article}`, code: o.code, features: claimFeatures(o.text).filter(keepFeature) };
  }).map((r) => ({ ...r, label: fine ? schemeClass(r, r.features) : r.strength, yu: set === 'pubmed' ? r.strength : yuStrength(r, r.features) }));
}

// Each data set counts the same, and within it each strength the same: macro-F1 weighs rare classes fully.
// (--balance-fine: each fine class the same; measured, mixed: README "Claim strength".)
function examples(rows: Row[]): Example[] {
  const count = new Map<string, number>();
  const key = (r: Row) => `${r.set}/${fine && args.includes('--balance-fine') ? r.label : r.strength}`;
  for (const r of rows) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
  const share = { pubmed: 1, insciout: opt('insciout') ?? 1, ours: opt('ours') ?? 0.5 };
  return rows.map((r) => ({ features: r.features, label: r.label, weight: share[r.set] / count.get(key(r))! }));
}

type Answers = Record<SchemeName | 'shipped' | 'fine', number[][]>;
/** Each test sentence's probabilities added up by either scheme, and by the one the model ships with. */
function evaluate(trainRows: Row[], testRows: Row[]): Answers {
  const model = trainModel(examples(trainRows));
  const by = (strengthOf: ClaimStrength[]) => { const c = createClaimClassifier({ ...model, strengthOf }); return testRows.map((r) => c.probabilities(r.text)); };
  // Each fine class's own probability (for --dump): the class alone counted as "causal".
  const each = model.classes.map((_, c) => by(model.classes.map((__, d) => (d === c ? 'causal' : 'none'))));
  const fineP = testRows.map((_, i) => each.map((q) => q[i][3]));
  return fine ? { insciout: by(SCHEMES.insciout), yu: by(SCHEMES.yu), shipped: by(model.strengthOf), fine: fineP } : { insciout: by(model.strengthOf), yu: by(model.strengthOf), shipped: by(model.strengthOf), fine: fineP };
}

const pick = (p: number[]): ClaimStrength => CLAIM_STRENGTHS[p.indexOf(Math.max(...p))];
const fmt = (s: Scores) => `macro-F1 ${s.macroF1.toFixed(3)} acc ${(100 * s.accuracy).toFixed(1)}% · ` +
  CLAIM_STRENGTHS.map((c) => `${c} ${s.perClass[c].f1.toFixed(2)}`).join(' ') + ` (n ${s.n})`;

const all = [...load('pubmed'), ...load('insciout')];
// Our own sentences only ever train: every figure below is on the researchers' labels.
const ours = args.includes('--extra') ? args[args.indexOf('--extra') + 1].split(',').flatMap((f) => load('ours', resolve(f))) : [];
if (ours.length) console.log(`our sentences: ${ours.length}, in every training set`);
const isHeld = (r: Row) => fnv(`held:${r.group}`) % 5 === 0;
// The held-out split is left out of every figure but its own, quick or not.
const work = all.filter((r) => !isHeld(r));
const held = all.filter(isHeld);
const salt = args.includes('--seed') ? args[args.indexOf('--seed') + 1] : '';
const fold = (r: Row) => fnv(salt + r.group) % FOLDS;

// Each slice is scored by its own annotators' scheme. InSciOut's press releases relabelled by Yu et al.'s rules
// (claims-schemes.ts: code 5 → causal, code 1 → the negated relation's kind) stand in for Yu et al.'s press releases.
type Slice = [string, (r: Row) => boolean, SchemeName];
const slices: Slice[] = [
  ['pubmed', (r) => r.set === 'pubmed', 'yu'],
  ['insciout', (r) => r.set === 'insciout', 'insciout'],
  ['insciout press releases', (r) => r.set === 'insciout' && r.from === 'press-release', 'insciout'],
  ['insciout news', (r) => r.set === 'insciout' && r.from === 'news', 'insciout'],
  ['insciout titles', (r) => r.set === 'insciout' && r.part === 'title', 'insciout'],
  ['press releases, Yu labels', (r) => r.set === 'insciout' && r.from === 'press-release', 'yu'],
];
const figures: Record<string, string> = {};
const report = (name: string, rows: Row[], p: Answers) => {
  for (const [slice, keep, scheme] of slices) {
    const gold = (r: Row) => (scheme === 'yu' ? r.yu : r.strength);
    const idx = rows.map((r, i) => (keep(r) && gold(r) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    const line = (q: number[][]) => fmt(score(idx.map((i) => gold(rows[i])!), idx.map((i) => pick(q[i]))));
    figures[`${name} · ${slice}`] = line(p[scheme]);
    console.log(`${name.padEnd(28)} ${slice.padEnd(26)} ${line(p[scheme])}`);
    if (fine && scheme !== shipped) console.log(`${''.padEnd(28)} ${'· as shipped'.padEnd(26)} ${(figures[`${name} · ${slice} · as shipped`] = line(p.shipped))}`);
  }
};

const t0 = Date.now();
const cv: Answers = { insciout: [], yu: [], shipped: [], fine: [] };
for (let k = 0; k < FOLDS; k++) {
  const test = work.map((r, i) => (fold(r) === k ? i : -1)).filter((i) => i >= 0);
  const got = evaluate([...work.filter((r) => fold(r) !== k), ...ours], test.map((i) => work[i]));
  for (const s of ['insciout', 'yu', 'shipped', 'fine'] as const) test.forEach((i, j) => (cv[s][i] = got[s][j]));
}
report(`${FOLDS}-fold CV`, work, cv);
if (args.includes('--dump')) writeFileSync(args[args.indexOf('--dump') + 1], work.map((r, i) => JSON.stringify({ text: r.text, set: r.set, code: r.code, gold: r.strength, yu: r.yu, got: pick(cv.shipped[i]), p: cv.fine[i].map((x) => +x.toFixed(3)) })).join('\n') + '\n');
const pm = work.filter((r) => r.set === 'pubmed'), ins = work.filter((r) => r.set === 'insciout');
report('transfer pubmed → insciout', ins, evaluate(pm, ins));
report('transfer insciout → pubmed', pm, evaluate(ins, pm));
if (ours.length) report('transfer pubmed + ours → insciout', ins, evaluate([...pm, ...ours], ins));
if (!quick) {
  report('held out (never tuned on)', held, evaluate([...work, ...ours], held));
  const model = trainModel(examples([...all, ...ours]));
  const path = resolve('lib/analysis/claims/model.json');
  writeFileSync(path, JSON.stringify(model) + '\n');
  writeFileSync(resolve('lib/analysis/claims/figures.json'), JSON.stringify({ trainedOn: all.length + ours.length, ours: ours.length, held: held.length, figures }, null, 2) + '\n');
  console.log(`model: ${model.features.length} features, ${(readFileSync(path).length / 1024).toFixed(0)} KB → ${path}`);
}
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
