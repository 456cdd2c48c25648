/** Highlights and their notes on a saved story: add, change, delete (each returns a snapshot restoreStories undoes). */
import { HIGHLIGHT_LIMITS, newHighlightId, type Highlight, type HighlightColor, type QuoteSelector } from '../highlights/types';
import { modifyStories, type StorySnapshot } from './bulk';
import { StoryDataError } from './errors';
import { fitStory } from './story-check';

export interface NewHighlight extends QuoteSelector {
  note?: string;
  color?: HighlightColor;
}

/**
 * Adds a highlight to story `id` (through the one story check, so it exports and imports back whole); a passage
 * already highlighted is not added twice. Returns the highlight as stored (the existing one for a repeat).
 */
export async function addHighlight(db: Parameters<typeof modifyStories>[0], id: number, input: NewHighlight, now = Date.now()): Promise<{ highlight: Highlight; snapshot: StorySnapshot }> {
  let stored: Highlight | undefined;
  const snapshot = await modifyStories(db, [id], (s) => {
    const same = s.highlights.find((h) => h.exact === input.exact && h.prefix === input.prefix && h.suffix === input.suffix);
    if (same) {
      stored = same;
      return null;
    }
    if (s.highlights.length >= HIGHLIGHT_LIMITS.count) throw new StoryDataError(`At most ${HIGHLIGHT_LIMITS.count} highlights a story`, '$.highlights');
    const highlight: Highlight = {
      id: newHighlightId(now),
      exact: input.exact,
      prefix: input.prefix,
      suffix: input.suffix,
      start: input.start,
      note: input.note ?? '',
      color: input.color ?? 'yellow',
      createdAt: now,
    };
    const next = fitStory({ ...s, highlights: [...s.highlights, highlight] });
    stored = next.highlights[next.highlights.length - 1];
    return next;
  });
  if (!stored) throw new StoryDataError('No such story', '$');
  return { highlight: stored, snapshot };
}

/** Changes a highlight's note or colour; nothing is written when nothing changes. */
export function updateHighlight(db: Parameters<typeof modifyStories>[0], id: number, highlightId: string, change: { note?: string; color?: HighlightColor }): Promise<StorySnapshot> {
  return modifyStories(db, [id], (s) => {
    const at = s.highlights.findIndex((h) => h.id === highlightId);
    if (at < 0) return null;
    const old = s.highlights[at];
    const next = { ...old, ...change, note: (change.note ?? old.note).slice(0, HIGHLIGHT_LIMITS.note) };
    if (next.note === old.note && next.color === old.color) return null;
    const highlights = [...s.highlights];
    highlights[at] = next;
    return { ...s, highlights };
  });
}

/** Deletes a highlight; restoreStories(db, snapshot) brings it back. */
export function removeHighlight(db: Parameters<typeof modifyStories>[0], id: number, highlightId: string): Promise<StorySnapshot> {
  return modifyStories(db, [id], (s) => {
    const highlights = s.highlights.filter((h) => h.id !== highlightId);
    return highlights.length === s.highlights.length ? null : { ...s, highlights };
  });
}

/** Puts a deleted highlight back where it was (undo), leaving every other change since untouched. */
export function restoreHighlight(db: Parameters<typeof modifyStories>[0], id: number, highlight: Highlight, index: number): Promise<StorySnapshot> {
  return modifyStories(db, [id], (s) => {
    if (s.highlights.some((h) => h.id === highlight.id)) return null;
    const highlights = [...s.highlights];
    highlights.splice(Math.min(index, highlights.length), 0, highlight);
    return { ...s, highlights };
  });
}
