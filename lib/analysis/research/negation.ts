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
const NEGATION_AFTER = /^[^.;]{0,30}?\b(?:(?:is|are|has|have) (?:not|yet to)|(?:remain|remains) untested|have yet|has yet)\b/i;
const HEDGE_AFTER = /^[^.;]{0,30}?\b(?:(?:is|are) (?:still )?(?:years away|planned|needed|expected|the next step|to follow|set to (?:begin|start))|(?:will|should|would|could) (?:begin|start|follow|be available|report|read out|finish)|(?:is|are) (?:currently |now )?(?:underway|under way|recruiting|enrolling|planned)|(?:currently|now) (?:underway|under way|recruiting|enrolling))\b/i;

/** Multiplier for a cue found at [start, end) of the sentence: 1 as stated, 0 negated, 0.3 hedged or planned. */
export function cueFactor(sentence: string, start: number, end: number): number {
  const before = sentence.slice(clauseStart(sentence, start), start);
  const after = sentence.slice(end, end + WINDOW_AFTER);
  if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) return 0;
  if (HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after)) return 0.3;
  return 1;
}

/** Whether the clause before [start…] negates what follows ("hasn't been through a trial"); what comes after is not read. */
export function negatedBefore(sentence: string, start: number): boolean {
  return NEGATION_BEFORE.test(sentence.slice(clauseStart(sentence, start), start));
}

/**
 * Where the text just before a cue starts: WINDOW_BEFORE characters back, or after the last clause
 * mark in them (a comma, semicolon, colon, or a dash between spaces), so "Unlike X, the team did Y"
 * leaves Y alone. After a spaced dash the text opens with the dash itself.
 */
export function clauseStart(sentence: string, start: number): number {
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
