import { de } from '../../text/de-regex';

/**
 * Negation and hedging around a cue: "not yet tested in humans" is not a human study,
 * "unlike earlier mouse studies" is not a mouse study, "human trials could follow" is a plan.
 */

// How far around a cue to look, in characters; a clause rarely carries its negation further.
const WINDOW_BEFORE = 48;
const WINDOW_AFTER = 48;

interface Patterns {
  negationBefore: RegExp;
  hedgeBefore: RegExp;
  /** After a cue: a negation within a few words ("human trials have yet to begin"), before a full stop. */
  negationAfter: RegExp;
  hedgeAfter: RegExp;
}

const EN: Patterns = {
  negationBefore:
    /\b(?:not|no|never|nor|yet to|without|unlike|rather than|instead of|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|hadn['’]t|aren['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t|won['’]t|lack of|absence of|beyond|until|unless|before (?:any|it is|they are|being|moving|testing))\b/i,
  hedgeBefore:
    /\b(?:will|would|could|might|may|can|plan(?:s|ned)? to|planned|planning|hope(?:s|d)? to|aim(?:s|ed)? to|next step|next steps|future|eventually|one day|need(?:s|ed)? to|needed|should|expected to|waiting (?:on|for)|await(?:s|ing)?|further (?:testing|studies|trials|research)|before (?:it|they|the \w+) (?:can|could))\b/i,
  negationAfter: /^[^.;]{0,30}?\b(?:(?:is|are|has|have) (?:not|yet to)|(?:remain|remains) untested|have yet|has yet)\b/i,
  hedgeAfter:
    /^[^.;]{0,30}?\b(?:(?:is|are) (?:still )?(?:years away|planned|needed|expected|the next step|to follow|set to (?:begin|start))|(?:will|should|would|could) (?:begin|start|follow|be available|report|read out|finish)|(?:is|are) (?:currently |now )?(?:underway|under way|recruiting|enrolling|planned)|(?:currently|now) (?:underway|under way|recruiting|enrolling))\b/i,
};

const DE: Patterns = {
  negationBefore: de(String.raw`\b(?:nicht|kein\w*|nie|niemals|ohne|anders als|statt|anstatt|bevor|erst wenn|weder|noch nicht|bislang nicht|bisher nicht|Fehlen)\b`, 'i'),
  hedgeBefore: de(
    String.raw`\b(?:wird|werden|würde|würden|könnte|könnten|kann|können|soll|sollen|sollte|sollten|möchte|möchten|geplant\w*|plan\w*|will|wollen|hoff\w*|künftig\w*|zukünftig\w*|irgendwann|eines Tages|nächste\w* Schritt\w*|weitere\w* (?:Studien|Untersuchungen|Tests|Forschung)|müssen|muss|nötig|notwendig|erforderlich)\b`,
    'i',
  ),
  negationAfter: de(String.raw`^[^.;]{0,30}?\b(?:stehen noch aus|steht noch aus|noch nicht|nicht)\b`, 'i'),
  hedgeAfter: de(String.raw`^[^.;]{0,30}?\b(?:(?:ist|sind) (?:noch |erst )?(?:geplant|nötig|notwendig|Jahre entfernt)|(?:soll|sollen|könnte|könnten) (?:\w+ ){0,2}(?:folgen|beginnen|starten)|(?:läuft|laufen) (?:noch|derzeit|bereits))\b`, 'i'),
};

const PATTERNS: Record<'en' | 'de', Patterns> = { en: EN, de: DE };

/** Multiplier for a cue found at [start, end) of the sentence: 1 as stated, 0 negated, 0.3 hedged or planned. */
export function cueFactor(sentence: string, start: number, end: number, lang: 'en' | 'de' = 'en'): number {
  const p = PATTERNS[lang];
  const before = sentence.slice(clauseStart(sentence, start), start);
  const after = sentence.slice(end, end + WINDOW_AFTER);
  if (p.negationBefore.test(before) || p.negationAfter.test(after)) return 0;
  if (p.hedgeBefore.test(before) || p.hedgeAfter.test(after)) return 0.3;
  return 1;
}

/** Whether the clause before [start…] negates what follows ("hasn't been through a trial"); what comes after is not read. */
export function negatedBefore(sentence: string, start: number, lang: 'en' | 'de' = 'en'): boolean {
  return PATTERNS[lang].negationBefore.test(sentence.slice(clauseStart(sentence, start), start));
}

/**
 * Where the text just before a cue starts: WINDOW_BEFORE characters back, or after the last clause mark in
 * them (a comma, semicolon, colon, or a dash between spaces), so "Unlike X, the team did Y" leaves Y alone.
 */
export function clauseStart(sentence: string, start: number): number {
  const from = Math.max(0, start - WINDOW_BEFORE);
  const window = sentence.slice(from, start);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf(' — '), window.lastIndexOf(' – '));
  return cut >= 0 ? from + cut + 1 : from;
}

/** A sentence that denies peer review or publication ("has not yet been peer reviewed"). */
export const DENIES_REVIEW_RE =
  /\b(?:not (?:yet )?(?:been )?(?:\w+ly )?(?:peer[- ]reviewed|published|reviewed by)|not (?:yet )?(?:been )?through (?:peer review|a journal)|not (?:a|an) (?:full |formal |published |peer-reviewed |journal )+(?:paper|study|article)|yet to be (?:peer[- ]reviewed|published|reviewed)|(?<!published and )unpublished(?! (?:trials|studies|data))|non-peer-reviewed|until (?:it is |they are |being )?published|ahead of (?:peer review|publication)|before (?:peer review|publication)|awaiting (?:peer review|publication)|not (?:yet )?undergone peer review|without peer review|submitted (?:(?:it|them|(?:the|their|its) \w+) )?(?:for (?:publication|peer review)|to (?:a |the )?(?:peer-reviewed )?journal)|under review (?:at|by|with)|neither published|(?:paper|manuscript|publication) (?:\w+ ){0,4}(?:is|are) (?:now |still )?in preparation)\b/i;
