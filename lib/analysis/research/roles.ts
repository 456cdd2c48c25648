import type { ContextPatterns } from './context';
import type { Sentence } from './sentences';

/** Where a cue sits decides how much it says about the story's own study. */
export type Role = 'own' | 'body' | 'plan' | 'other';
export const ROLES: Role[] = ['own', 'body', 'plan', 'other'];

/** A sentence with what it is about. */
export interface ReadSentence extends Sentence {
  /** Headline or the first two paragraphs: where a story states its study. */
  top: boolean;
  /** Points at the story's own study ("the researchers", "published in"). */
  main: boolean;
  /** Background, earlier or another study, a caption, a reference line. */
  other: boolean;
  /** Only what should or will happen ("trials are needed"). */
  planned: boolean;
  /** Names a separate study as such ("another study", "a second trial"). */
  separate: boolean;
}

// Speech marks around a few words: the sentence quotes someone.
const QUOTE_RE = /["“”„«»]/;

/** Each sentence's context, read once. */
export function readSentences(sentences: Sentence[], p: ContextPatterns): ReadSentence[] {
  return sentences.map((s) => {
    const separate = p.other.test(s.text);
    // Earlier studies a meta-analysis or review pools are its material, not background.
    const other = separate || p.background.test(s.text.replace(p.material, ' ')) || p.boilerplate.test(s.text);
    return {
      ...s,
      top: s.paragraph <= 2,
      main: !other && p.main.test(s.text),
      other,
      planned: p.planned.test(s.text),
      separate,
    };
  });
}

/** The role of a cue found in this sentence with this negation factor (0 < factor ≤ 1). */
export function roleOf(s: ReadSentence, factor: number): Role {
  if (s.other) return 'other';
  if (s.planned || factor < 1) return 'plan';
  if (s.main || s.top) return 'own';
  return 'body';
}

/** A quoted remark: experts speaking often talk about research in general. */
export const isQuote = (s: Sentence): boolean => QUOTE_RE.test(s.text);
