import { CueFilter } from './match-starts';
import { isWordChar } from './regex-starts';

/**
 * Negation and hedging around a cue: "not yet tested in humans" is not a human study,
 * "unlike earlier mouse studies" is not a mouse study, "human trials could follow" is a plan.
 */

// How far before a cue to look, in characters; a clause rarely carries its negation further.
const WINDOW_BEFORE = 48;
const WINDOW_AFTER = 48;

const NEGATION_BEFORE =
  /\b(?:not|no|never|nor|yet to|without|unlike|rather than|instead of|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|hadn['’]t|aren['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t|won['’]t|lack of|absence of|beyond|until|unless|before (?:any|it is|they are|being|moving|testing))\b/i;
const HEDGE_BEFORE =
  /\b(?:will|would|could|might|may|can|plan(?:s|ned)? to|planned|planning|hope(?:s|d)? to|aim(?:s|ed)? to|next step|next steps|future|eventually|one day|need(?:s|ed)? to|needed|should|expected to|waiting (?:on|for)|await(?:s|ing)?|further (?:testing|studies|trials|research)|before (?:it|they|the \w+) (?:can|could))\b/i;
// After a cue: a negation or plan within a few words ("human trials have yet to begin"), before a full stop.
const NEGATED_AFTER = /\b(?:(?:is|are|has|have) (?:not|yet to)|(?:remain|remains) untested|have yet|has yet)\b/i;
const HEDGED_AFTER =
  /\b(?:(?:is|are) (?:still )?(?:years away|planned|needed|expected|the next step|to follow|set to (?:begin|start))|(?:will|should|would|could) (?:begin|start|follow|be available|report|read out|finish)|(?:is|are) (?:currently |now )?(?:underway|under way|recruiting|enrolling|planned)|(?:currently|now) (?:underway|under way|recruiting|enrolling))\b/i;
// How far after a cue the words above may start.
const REACH_AFTER = 30;
const NEGATION_AFTER = new RegExp(String.raw`^[^.;]{0,${REACH_AFTER}}?${NEGATED_AFTER.source}`, 'i');
const HEDGE_AFTER = new RegExp(String.raw`^[^.;]{0,${REACH_AFTER}}?${HEDGED_AFTER.source}`, 'i');

// The sentence's rows say where these may start: most windows hold none of their words, and then no regex runs.
const FILTER = new CueFilter([NEGATION_BEFORE, HEDGE_BEFORE, NEGATED_AFTER, HEDGED_AFTER]);
const [NEG_BEFORE, HEDGED_BEFORE, NEG_AFTER, HEDGED_AFTER_K] = [0, 1, 2, 3];

/** 1 when the characters at i - 1 and i are both ASCII word characters: \b at i holds in a slice from i, not in the text. */
function midWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a < 128 && b < 128 && isWordChar(a) && isWordChar(b);
}

/**
 * Whether regex `k` may match in the slice of `text` from `from` (where it may start up to `to`): a match
 * there starts at a word start of the text, filed in the sentence's row, or at `from` itself when the
 * slice cuts a word.
 */
const mayIn = (k: number, text: string, from: number, to: number) => midWord(text, from) || FILTER.startsIn(k, text, from, to);

/** Multiplier for a cue found at [start, end) of the sentence: 1 as stated, 0 negated, 0.3 hedged or planned. */
export function cueFactor(sentence: string, start: number, end: number): number {
  const from = clauseStart(sentence, start);
  const negBefore = mayIn(NEG_BEFORE, sentence, from, start);
  const hedgeBefore = mayIn(HEDGED_BEFORE, sentence, from, start);
  const negAfter = mayIn(NEG_AFTER, sentence, end, end + REACH_AFTER + 1);
  const hedgeAfter = mayIn(HEDGED_AFTER_K, sentence, end, end + REACH_AFTER + 1);
  if (!negBefore && !hedgeBefore && !negAfter && !hedgeAfter) return 1;
  const before = sentence.slice(from, start);
  const after = sentence.slice(end, end + WINDOW_AFTER);
  if ((negBefore && NEGATION_BEFORE.test(before)) || (negAfter && NEGATION_AFTER.test(after))) return 0;
  if ((hedgeBefore && HEDGE_BEFORE.test(before)) || (hedgeAfter && HEDGE_AFTER.test(after))) return 0.3;
  return 1;
}

/** Whether the clause before [start…] negates what follows ("hasn't been through a trial"); what comes after is not read. */
export function negatedBefore(sentence: string, start: number): boolean {
  const from = clauseStart(sentence, start);
  return mayIn(NEG_BEFORE, sentence, from, start) && NEGATION_BEFORE.test(sentence.slice(from, start));
}

/**
 * Where the text just before a cue starts: WINDOW_BEFORE characters back, or after the last clause
 * mark in them (a comma, semicolon, colon, or a dash between spaces), so "Unlike X, the team did Y"
 * leaves Y alone. A spaced dash counts from its space, as the mark " — " does.
 */
function clauseStart(sentence: string, start: number): number {
  const window = Math.max(0, start - WINDOW_BEFORE);
  for (let i = start - 1; i >= window; i--) {
    const c = sentence.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i + 1;
    // The whole " — " must lie in the window: a space on each side, the last one before the cue.
    if ((c === 0x2014 || c === 0x2013) && i - 1 >= window && i + 1 < start && sentence.charCodeAt(i - 1) === 32 && sentence.charCodeAt(i + 1) === 32) return i;
  }
  return window;
}

/** A sentence that denies peer review or publication ("has not yet been peer reviewed"). */
export const DENIES_REVIEW_RE =
  /\b(?:not (?:yet )?(?:been )?(?:peer[- ]reviewed|published|reviewed by)|yet to be (?:peer[- ]reviewed|published|reviewed)|(?<!published and )unpublished(?! (?:trials|studies|data))|non-peer-reviewed|until (?:it is |they are |being )?published|ahead of (?:peer review|publication)|before (?:peer review|publication)|awaiting (?:peer review|publication)|not (?:yet )?undergone peer review|without peer review|submitted (?:(?:it|them|(?:the|their|its) \w+) )?(?:for (?:publication|peer review)|to (?:a |the )?(?:peer-reviewed )?journal)|under review (?:at|by|with))\b/i;
