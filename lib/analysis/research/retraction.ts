import { CONTEXT_EN } from './context';
import { cueFactor } from './negation';
import type { Sentence } from './sentences';

// "The journal retracted the study", "the paper has been withdrawn", "a retraction notice".
const RETRACTED_RE =
  /\b(?:retract(?:ed|s|ing)?|retraction|withdr(?:ew|awn|aws|awing) (?:the |its |their |a )?(?:paper|study|article|findings))\b/gi;
// Calls for a retraction are not one ("asked the journal to retract", "refused to retract").
const ASKED_RE = /\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|push(?:es|ed|ing)?|petition(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?) (?:\w+ ){0,4}(?:to )?(?:retract|a retraction|withdraw)\b/i;

// "After a retracted paper claimed…", "an earlier, since-retracted study": some other paper, named in passing.
const OTHER_RETRACTED_RE = /\b(?:a|an|another|one|earlier|previous|older|since)[- ](?:\w+[- ]){0,2}retracted\b/i;

// What a retraction withdraws: research, not a statement or a job offer.
const RESEARCH_NOUN_RE = /\b(?:stud(?:y|ies)|papers?|articles?|findings|research|results|data|claims?|report|trial|journal|publisher|authors?)\b/i;

/** Paragraphs past which a retraction is more likely background than the story's own news. */
const LEDE_PARAGRAPHS = 2;

/**
 * The sentence that says the study the story reports was retracted, from the headline or the
 * lede; undefined when no such sentence. A retracted paper mentioned as background ("unlike the
 * retracted 1998 paper"), a call for a retraction, or a negated one ("has not been retracted")
 * does not count.
 */
export function findRetraction(sentences: Sentence[]): string | undefined {
  for (const s of sentences) {
    if (s.paragraph > LEDE_PARAGRAPHS) break;
    const t = s.text;
    if (!RESEARCH_NOUN_RE.test(t) || ASKED_RE.test(t) || CONTEXT_EN.background.test(t) || OTHER_RETRACTED_RE.test(t)) continue;
    for (const m of t.matchAll(RETRACTED_RE)) if (cueFactor(t, m.index, m.index + m[0].length) === 1) return t;
  }
  return undefined;
}
