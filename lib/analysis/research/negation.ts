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
const NEGATION_AFTER = /^[^.;]{0,30}?\b(?:(?:is|are|has|have) (?:not|yet to)|(?:remain|remains) untested|have yet|has yet)\b/i;
const HEDGE_AFTER = /^[^.;]{0,30}?\b(?:(?:is|are) (?:still )?(?:years away|planned|needed|expected|the next step|to follow|set to (?:begin|start))|(?:will|should|would|could) (?:begin|start|follow|be available|report|read out|finish)|(?:is|are) (?:currently |now )?(?:underway|under way|recruiting|enrolling|planned)|(?:currently|now) (?:underway|under way|recruiting|enrolling))\b/i;

/** Multiplier for a cue found at [start, end) of the sentence: 1 as stated, 0 negated, 0.3 hedged or planned. */
export function cueFactor(sentence: string, start: number, end: number): number {
  const before = clauseBefore(sentence, start);
  const after = sentence.slice(end, end + WINDOW_AFTER);
  if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) return 0;
  if (HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after)) return 0.3;
  return 1;
}

/** Whether the clause before [start…] negates what follows ("hasn't been through a trial"); what comes after is not read. */
export function negatedBefore(sentence: string, start: number): boolean {
  return NEGATION_BEFORE.test(clauseBefore(sentence, start));
}

/** The text just before a cue, cut at the clause boundary so "Unlike X, the team did Y" leaves Y alone. */
function clauseBefore(sentence: string, start: number): string {
  const window = sentence.slice(Math.max(0, start - WINDOW_BEFORE), start);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(' — '), window.lastIndexOf(' – '), window.lastIndexOf(':'));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** A sentence that denies peer review or publication ("has not yet been peer reviewed"). */
export const DENIES_REVIEW_RE =
  /\b(?:not (?:yet )?(?:been )?(?:peer[- ]reviewed|published|reviewed by)|yet to be (?:peer[- ]reviewed|published|reviewed)|(?<!published and )unpublished(?! (?:trials|studies|data))|non-peer-reviewed|until (?:it is |they are |being )?published|ahead of (?:peer review|publication)|before (?:peer review|publication)|awaiting (?:peer review|publication)|not (?:yet )?undergone peer review|without peer review|submitted (?:(?:it|them|(?:the|their|its) \w+) )?(?:for (?:publication|peer review)|to (?:a |the )?(?:peer-reviewed )?journal)|under review (?:at|by|with))\b/i;
