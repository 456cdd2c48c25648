import type { ContextPatterns } from './context';
import { findCueHits, type CueHit } from './cue-hits';
import { STUDY_CUES, type ScoredType } from './cues';
import { handScores, SCORED_TYPES, type HandScores } from './hand-score';
import { negatedBefore } from './negation';
import { readSentences, roleOf, type ReadSentence } from './roles';
import type { Sentence } from './sentences';

/** Named feature values; a missing name is 0. */
export type FeatureMap = Record<string, number>;

/**
 * What the study-type model reads off a story. `shared` holds, per study type, the features whose weight is the
 * same whichever type they describe ("this type's cues in the lede"), so a type rare in the training stories
 * (a telescope observation) is scored as well as a common one; `global` holds the features each type weighs
 * in its own way (how much the story talks of research at all, its words).
 */
export interface StudyFeatures {
  shared: Record<ScoredType, FeatureMap>;
  global: FeatureMap;
  sentences: ReadSentence[];
  hits: CueHit[];
  hand: HandScores;
}

const log1p = Math.log1p;

/** Weighted count of sentences that talk about a particular piece of research (not plans, not negated). */
function studyTalk(sentences: ReadSentence[], p: ContextPatterns, lang: 'en' | 'de'): number {
  let total = 0;
  for (const s of sentences) {
    for (const m of s.text.matchAll(p.studyTalk)) {
      const end = m.index + m[0].length;
      if (!negatedBefore(s.text, m.index, lang) && !p.onlyFuture.test(s.text.slice(end, end + 24))) {
        total += s.weight;
        break;
      }
    }
  }
  return total;
}

// Words for the bag of words: letters and digits, with inner hyphens and apostrophes.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The story's words (lower case), once each, with the headline and lede marked apart. */
export function storyWords(sentences: ReadSentence[]): FeatureMap {
  const out: FeatureMap = {};
  for (const s of sentences) {
    if (s.other && !s.top) continue;
    for (const m of s.text.toLowerCase().matchAll(WORD_RE)) {
      const w = m[0].replace(/['’]s$/, '');
      if (w.length < 3 || /^\d+$/.test(w)) continue;
      out[`w:${w}`] = 1;
      if (s.top) out[`w1:${w}`] = 1;
    }
  }
  return out;
}

/** Story → the features of both the shared and the per-type parts of the model. */
export function studyFeatures(story: Sentence[], p: ContextPatterns, lang: 'en' | 'de', isPaper: boolean): StudyFeatures {
  const sentences = readSentences(story, p);
  const hits = findCueHits(sentences, p.cues, lang);
  const hand = handScores(sentences, hits, p);
  const shared = Object.fromEntries(SCORED_TYPES.map((t) => [t, {} as FeatureMap])) as Record<ScoredType, FeatureMap>;
  const counts: FeatureMap = {};
  for (const h of hits) {
    const cue = STUDY_CUES[h.cue];
    const key = `c:${cue.id}:${roleOf(sentences[h.sentence], h.factor)}`;
    counts[key] = (counts[key] ?? 0) + (h.sentence === 0 ? 2 : 1);
    counts[`x:${cue.id}`] = (counts[`x:${cue.id}`] ?? 0) + 1;
  }
  const global: FeatureMap = {};
  for (const [key, n] of Object.entries(counts)) {
    if (key.startsWith('x:')) global[key] = log1p(n);
    else shared[STUDY_CUES.find((c) => key.startsWith(`c:${c.id}:`))!.type][key] = log1p(n);
  }
  const total = SCORED_TYPES.reduce((a, t) => a + hand.scores[t], 0);
  const best = Math.max(...SCORED_TYPES.map((t) => hand.scores[t]));
  for (const t of SCORED_TYPES) {
    const f = shared[t];
    f['h:all'] = log1p(hand.scores[t]);
    f['h:top'] = log1p(hand.top[t]);
    f['h:share'] = total > 0 ? hand.scores[t] / total : 0;
    f['h:best'] = best > 0 && hand.scores[t] === best ? 1 : 0;
    f['h:sentences'] = log1p(hand.hits[t].length);
    // No word of the story points to this type: it can only be a guess from the story's subject.
    f['h:absent'] = hand.scores[t] > 0 ? 0 : 1;
    // The same points by where they were said: the story's own study, elsewhere, a plan, background.
    const byRole: Record<string, number> = {};
    for (const h of hand.hits[t]) {
      const s = sentences[h.sentence];
      const role = s.other ? 'other' : s.planned ? 'plan' : s.paragraph === 0 ? 'head' : s.main || s.top ? 'own' : 'body';
      byRole[role] = (byRole[role] ?? 0) + h.raw;
    }
    for (const [role, points] of Object.entries(byRole)) f[`r:${role}`] = log1p(points);
  }
  let specific = 0;
  let generic = 0;
  for (const s of sentences) {
    if (p.specific.test(s.text)) specific += s.weight;
    if (p.generic.test(s.text)) generic += s.weight;
  }
  global['g:talk'] = log1p(studyTalk(sentences, p, lang));
  global['g:affairs'] = sentences.filter((s) => s.text.match(p.affairs)).length / Math.max(1, sentences.length);
  // The headline is news about research (a prize, an approval, a launch, a law) or an explainer: perhaps no study.
  global['g:news-head'] = sentences[0]?.paragraph === 0 && p.newsHead.test(sentences[0].text) ? 1 : 0;
  global['g:actors'] = log1p(sentences.reduce((n, s) => n + (s.text.match(p.actors) ? s.weight : 0), 0));
  global['g:specific'] = log1p(specific);
  global['g:generic'] = log1p(generic);
  global['g:paper'] = isPaper ? 1 : 0;
  global['g:length'] = log1p(sentences.length);
  global['g:cues'] = log1p(total);
  global['g:best'] = log1p(best);
  // Who or what the story talks about, counted in sentences that are not about other work.
  for (const [group, re] of p.subjects) {
    let n = 0;
    for (const s of sentences) if (!s.other && s.text.match(re)) n += s.weight;
    global[`s:${group}`] = log1p(n);
  }
  return { shared, global, sentences, hits, hand };
}
