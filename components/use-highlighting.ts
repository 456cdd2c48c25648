import { useEffect, useRef, useState } from 'preact/hooks';
import { restoreHighlight, addHighlight, removeHighlight, updateHighlight } from '@/lib/db/highlights';
import type { CaveatDb } from '@/lib/db/schema';
import { MARK_CLASS, selectorOfRange } from '@/lib/highlights/dom';
import type { Highlight, HighlightColor, QuoteSelector } from '@/lib/highlights/types';
import { t } from './i18n';
import type { ToastState } from './UndoToast';

/** Keys that type into a field rather than command the page. */
const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && !!el.closest('input, textarea, select, [contenteditable]');

/**
 * Highlighting in the reader: follows the selection inside the article, adds a highlight on the button or H,
 * edits and deletes (with undo through the toast).
 */
export function useHighlighting(db: CaveatDb, storyId: number | undefined, onError: (error: unknown) => void) {
  const [selection, setSelection] = useState<QuoteSelector | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [message, setMessage] = useState('');
  const selectionRef = useRef<QuoteSelector | null>(null);

  const bodyEl = () => document.querySelector<HTMLElement>('[data-testid="reader-body"]');
  const current = (): QuoteSelector | null => {
    const sel = document.getSelection();
    const body = bodyEl();
    if (!sel || sel.rangeCount === 0 || !body) return null;
    return selectorOfRange(body, sel.getRangeAt(0));
  };

  const add = async () => {
    if (storyId === undefined) return;
    const quote = current() ?? selectionRef.current;
    if (!quote) {
      setMessage(t('highlightNothingSelected'));
      return;
    }
    try {
      const { highlight } = await addHighlight(db, storyId, quote);
      document.getSelection()?.removeAllRanges();
      selectionRef.current = null;
      setSelection(null);
      setFocusId(highlight.id);
      setMessage(t('highlightAdded'));
    } catch (error) {
      onError(error);
    }
  };

  useEffect(() => {
    // The button takes focus but keeps the selection in most browsers; the last one inside the article is kept anyway.
    const onChange = () => {
      const quote = current();
      if (quote) selectionRef.current = quote;
      setSelection(quote);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'h' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (!current()) return;
      e.preventDefault();
      void add();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('keydown', onKey);
    };
  }, [storyId]);

  const run = (p: Promise<unknown>) => p.catch((error) => onError(error));
  const panel = {
    focusId,
    missing,
    onNote: (id: string, note: string) => run(updateHighlight(db, storyId!, id, { note })),
    onColor: (id: string, color: HighlightColor) => run(updateHighlight(db, storyId!, id, { color })),
    onDelete: (h: Highlight, index: number) => {
      void run(
        removeHighlight(db, storyId!, h.id).then(() =>
          setToast({ message: t('highlightDeleted'), undo: () => void run(restoreHighlight(db, storyId!, h, index)) }),
        ),
      );
    },
    onShow: (id: string) => {
      const mark = bodyEl()?.querySelector<HTMLElement>(`mark.${MARK_CLASS}[data-hl-id="${CSS.escape(id)}"][tabindex]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.focus();
    },
  };
  return { selection, add, panel, setMissing, toast, setToast, message };
}
