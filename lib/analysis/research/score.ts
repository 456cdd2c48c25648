import type { StudyType } from '../types';
import { BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, STUDY_CUES_EN, type Cue } from './cues-en';
import { CueFilter } from './match-starts';
import { cueFactor } from './negation';
import type { Sentence } from './sentences';

export type ScoredType = Exclude<StudyType, 'none'>;
export type CueTable = Record<ScoredType, Cue[]>;

/** One sentence's contribution to one study type. */
export interface TypeHit {
  sentence: Sentence;
  points: number;
  /** The sentence names a separate study ("a second study", "an earlier trial"). */
  other: boolean;
}

export interface TypeScores {
  scores: Record<ScoredType, number>;
  hits: Record<ScoredType, TypeHit[]>;
}

// A cue repeated all over a story is one signal, not ten: after this many hits it counts for little.
const FULL_HITS = 3;
const TAIL = 0.25;
// One sentence can only say so much about one type.
const SENTENCE_CAP = 6;
const PATIENTS_RE = /\b(?:patients|participants|volunteers)\b/i;

/** A cue table laid out once for scoring: its types, its cues in order, and a filter over their regexes. */
interface Layout {
  types: ScoredType[];
  cues: Cue[];
  /** Index in `types` of each cue's type. */
  typeOf: Int32Array;
  filter: CueFilter;
  /** Index in `types` of the types the sentence rules below weigh against each other, or -1. */
  at: Record<'animal' | 'inVitro' | 'trial' | 'lab' | 'meta' | 'observational' | 'review', number>;
  /** Scratch for one call: hits so far per cue, points per type in the sentence. */
  seen: Int32Array;
  found: Float64Array;
}

const LAYOUTS = new WeakMap<CueTable, Layout>();
function layoutOf(table: CueTable): Layout {
  let l = LAYOUTS.get(table);
  if (!l) {
    const types = Object.keys(table) as ScoredType[];
    const cues = types.flatMap((t) => table[t]);
    const typeOf = Int32Array.from(types.flatMap((t, i) => table[t].map(() => i)));
    const i = (type: ScoredType) => types.indexOf(type);
    const at = { animal: i('animal'), inVitro: i('in-vitro'), trial: i('human-trial'), lab: i('lab-experiment'), meta: i('meta-analysis'), observational: i('observational'), review: i('review') };
    const filter = new CueFilter(cues.map((c) => c.re));
    LAYOUTS.set(table, (l = { types, cues, typeOf, filter, at, seen: new Int32Array(cues.length), found: new Float64Array(types.length) }));
  }
  return l;
}

// The sentence-level regexes below, filtered together like the cues.
const CONTEXT = new CueFilter([BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, PATIENTS_RE]);
// The English table is laid out with the module: a filter made during the first analysis would have the cue table rebuilt.
layoutOf(STUDY_CUES_EN);
const BACKGROUND = CONTEXT.index(BACKGROUND_RE);
const MAIN_STUDY = CONTEXT.index(MAIN_STUDY_RE);
const OTHER_STUDY = CONTEXT.index(OTHER_STUDY_RE);
const PATIENTS = CONTEXT.index(PATIENTS_RE);

/** How much a sentence speaks about this story's own study rather than background. */
export function contextWeight(s: Sentence): number {
  let w = s.weight;
  if (CONTEXT.testAt(BACKGROUND, s.text)) w *= 0.35;
  else if (CONTEXT.testAt(MAIN_STUDY, s.text)) w *= 1.3;
  return w;
}

/** Points of type number `k` in the sentence, 0 for a type the table lacks. */
const pointsOf = (found: Float64Array, k: number) => (k >= 0 ? found[k] : 0);

/** Weighted cue counts per study type, with negation, hedging and position applied. Linear in text length. */
export function scoreTypes(sentences: Sentence[], table: CueTable): TypeScores {
  const layout = layoutOf(table);
  const { types, cues, typeOf, filter, seen, found } = layout;
  const { animal, inVitro, trial, lab, meta, observational, review } = layout.at;
  const scores = {} as Record<ScoredType, number>;
  const hits = {} as Record<ScoredType, TypeHit[]>;
  seen.fill(0);
  for (const type of types) (scores[type] = 0), (hits[type] = []);
  for (const s of sentences) {
    // Cues whose opening letters start no word of the sentence cannot match: their regexes are skipped,
    // and the others are tried only where those words start.
    const t = s.text;
    const present = filter.present(t);
    const list = filter.list;
    const ctx = contextWeight(s);
    const other = CONTEXT.testAt(OTHER_STUDY, t);
    found.fill(0);
    for (let q = 0; q < present; q++) {
      const k = list[q];
      const cue = cues[k];
      for (let m = filter.execAt(k, t); m; m = filter.execAt(k, t, m.index + Math.max(1, m[0].length))) {
        const factor = cueFactor(t, m.index, m.index + m[0].length);
        if (factor === 0) continue;
        const n = ++seen[k];
        // Added hit by hit, in cue order, as the type's running total.
        found[typeOf[k]] += cue.w * factor * (n <= FULL_HITS ? 1 : TAIL);
      }
    }
    // Trial words in a sentence about mice or dishes describe those experiments, not a human trial.
    const lowerSubject = Math.max(pointsOf(found, animal), pointsOf(found, inVitro));
    if (lowerSubject >= 2.5 && pointsOf(found, trial)) found[trial] *= 0.3;
    // A device or material used on patients is tested in people, not on a lab bench.
    if (pointsOf(found, lab) && CONTEXT.testAt(PATIENTS, t)) found[lab] *= 0.3;
    // A panel or guideline that "reviewed studies" weighed evidence to advise: that is its method, not a meta-analysis.
    if (pointsOf(found, review) >= 1.5 && pointsOf(found, meta) > 0 && pointsOf(found, meta) < 4) found[meta] *= 0.3;
    // Trials and cohorts named in a sentence about pooling them are the pooled studies.
    if (pointsOf(found, meta) >= 2.5) {
      if (pointsOf(found, trial)) found[trial] *= 0.3;
      if (pointsOf(found, observational)) found[observational] *= 0.3;
    }
    for (let i = 0; i < types.length; i++) {
      let points = found[i];
      if (points > 0) {
        points = Math.min(points, SENTENCE_CAP) * ctx;
        scores[types[i]] += points;
        hits[types[i]].push({ sentence: s, points, other });
      }
    }
  }
  return { scores, hits };
}

/** Types from best to worst. */
export function ranked(scores: Record<ScoredType, number>): [ScoredType, number][] {
  const out: [ScoredType, number][] = [];
  // Insertion sort, stable like Array.prototype.sort: a dozen types, and no comparator closure or entries copy.
  for (const type in scores) {
    const entry: [ScoredType, number] = [type as ScoredType, scores[type as ScoredType]];
    let i = out.length;
    while (i > 0 && out[i - 1][1] < entry[1]) i--;
    out.splice(i, 0, entry);
  }
  return out;
}
