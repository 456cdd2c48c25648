/** Journals the list does not know, read from a list that a cited journal opens: "in the journals X, Y Research and Z". */
import { JOURNAL_HEAD, TITLE_HEAD, namesNoJournal } from './unknown';

export interface Span {
  start: number;
  end: number;
}

// One item of the list: capitalised words with the small words of titles, no "and" (that joins items).
const ITEM = String.raw`(?:The\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of|for|on|in|the|&|[\p{Lu}][\p{L}'’-]*))*`;
const NEXT = new RegExp(String.raw`^(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?(${ITEM})`, 'u');
// Where an item ends: punctuation, the next joiner, "respectively" or a time ("this week").
const ITEM_END = /^(?:\s*[,.;)]|$|\s+(?:and|or|&|this|last|on|in)\s)/;
const LAST_WORD = /\s(?:of|for|on|in|the|&)$/;

/** An item reads as a journal's name: it ends with a journal's word or is a titled name ("Annals of X"), and names no body or place. */
function journalLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 8 || namesNoJournal(name)) return false;
  return TITLE_HEAD.test(name) || JOURNAL_HEAD.test(words[words.length - 1]);
}

/**
 * Names in the list that follows a cited journal, where the known ones (spans) are already read: the items between
 * and after them that read as journals. An item joined only by a comma counts where "and" or "or" closes the list.
 */
export function listedAfter(sentence: string, anchor: Span, known: Span[]): Span[] {
  const out: Span[] = [];
  const pending: Span[] = [];
  let at = anchor.end;
  for (;;) {
    const m = NEXT.exec(sentence.slice(at, at + 200));
    if (!m) break;
    const itemAt = at + m[0].length - m[2].length;
    const closes = /\b(?:and|or)\b|&/.test(m[1]);
    if (closes) out.push(...pending.splice(0));
    const k = known.find((s) => s.start >= at && s.start <= itemAt + 4);
    if (k) {
      at = k.end;
      continue;
    }
    let name = m[2];
    while (LAST_WORD.test(name)) name = name.replace(/\s+\S+$/, '');
    const end = itemAt + name.length;
    if (!journalLike(name) || !ITEM_END.test(sentence.slice(end)) || known.some((s) => s.start < end && itemAt < s.end)) break;
    (closes ? out : pending).push({ start: itemAt, end });
    at = end;
  }
  return out;
}
