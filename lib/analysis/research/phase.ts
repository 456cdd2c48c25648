import type { HumanPhase } from '../types';
import { cueFactor } from './negation';
import type { Sentence } from './sentences';

// "phase 3", "Phase III", "phase 1/2", "phase 2b", "phase-two", German "Phase-3-Studie"; a trial or study must be near.
const PHASE_RE = /\bphase[- ](1|2|3|4|I{1,3}|IV|one|two|three|four)(?:\s*(?:\/|-|and|or|und|oder)\s*(1|2|3|4|I{1,3}|IV|one|two|three|four))?[ab]?\b/gi;
const FIRST_IN_HUMAN_RE = /\bfirst[- ]in[- ]human (?:trial|study|test|testing|dosing)\b|\b(?:given|tested) (?:to|in) (?:people|humans) for the first time\b|\berstmals (?:an|bei) Menschen\b/i;
const TRIAL_NEAR_RE = /\b(?:trials?|stud(?:y|ies)|testing|tests?|results|data|participants|patients|volunteers|Studie\w*|Prüfung\w*|Patient\w*|Teilnehm\w*)\b/i;

const NUMBERS: Record<string, 1 | 2 | 3 | 4> = { '1': 1, '2': 2, '3': 3, '4': 4, i: 1, ii: 2, iii: 3, iv: 4, one: 1, two: 2, three: 3, four: 4 };

export interface PhaseFinding {
  phase: HumanPhase;
  sentence?: string;
}

/**
 * The trial phase the story states for its own study. "Phase 1/2" counts as 2 (the combined trial's later
 * phase). Plans ("will move to phase 3") and negations do not count; the phase said most (headline and lede
 * weigh more) wins.
 */
export function detectPhase(sentences: Sentence[], lang: 'en' | 'de' = 'en'): PhaseFinding {
  const score = new Map<1 | 2 | 3 | 4, { w: number; sentence: string }>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(PHASE_RE)) {
      const near = s.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
      if (!TRIAL_NEAR_RE.test(near) || cueFactor(s.text, m.index, m.index + m[0].length, lang) < 1) continue;
      const first = NUMBERS[m[1].toLowerCase()];
      const second = m[2] ? NUMBERS[m[2].toLowerCase()] : undefined;
      const phase = second && second > first ? (first === 1 && second === 2 ? 2 : second) : first;
      const prev = score.get(phase);
      score.set(phase, { w: (prev?.w ?? 0) + s.weight, sentence: prev?.sentence ?? s.text });
    }
  }
  // A first-in-human trial is a phase 1 trial by definition, though stories often do not say "phase 1".
  if (!score.size) {
    for (const s of sentences) {
      const m = FIRST_IN_HUMAN_RE.exec(s.text);
      if (m && cueFactor(s.text, m.index, m.index + m[0].length, lang) === 1) return { phase: 1, sentence: s.text };
    }
  }
  let best: PhaseFinding = { phase: null };
  let bestW = 0;
  for (const [phase, { w, sentence }] of score) if (w > bestW) (best = { phase, sentence }), (bestW = w);
  return best;
}
