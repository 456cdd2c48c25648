import type { StudyType } from '../types';
import { BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, type Cue } from './cues-en';
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

const FILTERS = new WeakMap<CueTable, CueFilter>();
/** One filter per cue table, over its regexes in the order scoreTypes runs them. */
function filterFor(table: CueTable, types: ScoredType[]): CueFilter {
  let f = FILTERS.get(table);
  if (!f) FILTERS.set(table, (f = new CueFilter(types.flatMap((t) => table[t].map((c) => c.re)))));
  return f;
}

// The sentence-level regexes below, filtered together like the cues.
const CONTEXT = new CueFilter([BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, PATIENTS_RE]);
const test = (re: RegExp, text: string) => CONTEXT.may(re, text) && re.test(text);

/** How much a sentence speaks about this story's own study rather than background. */
export function contextWeight(s: Sentence): number {
  let w = s.weight;
  if (test(BACKGROUND_RE, s.text)) w *= 0.35;
  else if (test(MAIN_STUDY_RE, s.text)) w *= 1.3;
  return w;
}

/** Weighted cue counts per study type, with negation, hedging and position applied. Linear in text length. */
export function scoreTypes(sentences: Sentence[], table: CueTable): TypeScores {
  const types = Object.keys(table) as ScoredType[];
  const scores = {} as Record<ScoredType, number>;
  const hits = {} as Record<ScoredType, TypeHit[]>;
  const seen = new Map<Cue, number>();
  for (const type of types) (scores[type] = 0), (hits[type] = []);
  const filter = filterFor(table, types);
  for (const s of sentences) {
    // Cues whose opening letters start no word of the sentence cannot match: their regexes are skipped.
    const may = filter.candidates(s.text);
    let k = 0;
    const ctx = contextWeight(s);
    const other = test(OTHER_STUDY_RE, s.text);
    const found = {} as Record<ScoredType, number>;
    for (const type of types) {
      let points = 0;
      for (const cue of table[type]) {
        if (!may[k++]) continue;
        cue.re.lastIndex = 0;
        for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
          const factor = cueFactor(s.text, m.index, m.index + m[0].length);
          if (factor === 0) continue;
          const n = (seen.get(cue) ?? 0) + 1;
          seen.set(cue, n);
          points += cue.w * factor * (n <= FULL_HITS ? 1 : TAIL);
        }
      }
      found[type] = points;
    }
    // Trial words in a sentence about mice or dishes describe those experiments, not a human trial.
    const lowerSubject = Math.max(found.animal ?? 0, found['in-vitro'] ?? 0);
    if (lowerSubject >= 2.5 && found['human-trial']) found['human-trial'] *= 0.3;
    // A device or material used on patients is tested in people, not on a lab bench.
    if (found['lab-experiment'] && test(PATIENTS_RE, s.text)) found['lab-experiment'] *= 0.3;
    // Trials and cohorts named in a sentence about pooling them are the pooled studies.
    if ((found['meta-analysis'] ?? 0) >= 2.5) {
      if (found['human-trial']) found['human-trial'] *= 0.3;
      if (found.observational) found.observational *= 0.3;
    }
    for (const type of types) {
      let points = found[type];
      if (points > 0) {
        points = Math.min(points, SENTENCE_CAP) * ctx;
        scores[type] += points;
        hits[type].push({ sentence: s, points, other });
      }
    }
  }
  return { scores, hits };
}

/** Types from best to worst. */
export function ranked(scores: Record<ScoredType, number>): [ScoredType, number][] {
  return (Object.entries(scores) as [ScoredType, number][]).sort((a, b) => b[1] - a[1]);
}
