/** A byline as a reader wants it: who wrote the story, without "By", dates, reading times or update notes. */

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// A piece that is a date, a time, a reading time or a publishing note rather than a name.
const NOT_A_NAME = new RegExp(
  [
    String.raw`^\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.]+Z?)?$`,
    String.raw`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?(?:\s+\d{4})?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$`,
    String.raw`^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$`,
    String.raw`^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$`,
    String.raw`^\d+\s*(?:-\s*)?min(?:ute)?s?(?:\s+read)?$`,
    String.raw`^(?:updated|published|posted|last (?:updated|modified)|first published)\b`,
  ].join('|'),
  'i',
);
const LEADING_BY = /^(?:by|from|words by|reported by|written by)\s+/i;

export interface Byline {
  byline: string | null;
  /** A full date (YYYY-MM-DD) the byline carried, for a page that states its date nowhere else. */
  date?: string;
}

/** "By Jane Doe · 2023-03-02 · 4 min read" → Jane Doe, and the date. */
export function cleanByline(raw: string | null): Byline {
  if (!raw) return { byline: null };
  const pieces = raw.split(/\s*[|·•]\s*|\s+[–—]\s+|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
  const kept: string[] = [];
  let date: string | undefined;
  for (const piece of pieces) {
    if (NOT_A_NAME.test(piece)) {
      date ??= /^\d{4}-\d{2}-\d{2}/.exec(piece)?.[0];
      continue;
    }
    kept.push(kept.length ? piece : piece.replace(LEADING_BY, ''));
  }
  const byline = kept.join(', ').trim();
  return { byline: byline || null, ...(date ? { date } : {}) };
}
