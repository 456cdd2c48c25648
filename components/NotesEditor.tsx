import { useEffect, useState } from 'preact/hooks';
import { NotesConflictError } from '@/lib/db/errors';
import { t } from './i18n';

export interface NotesEditorProps {
  /** The notes as stored now (they follow other tabs' saves). */
  notes: string;
  /** Saves `draft`, begun from `base`; rejects with NotesConflictError when the stored notes are no longer `base`. */
  onSave: (draft: string, base: string) => Promise<unknown>;
  onError?: (error: unknown) => void;
}

/**
 * Free-text notes; saved on the button or when the field loses focus. Untouched notes follow the database (a save
 * in another tab shows here); an edit begun before such a save is never written over it: both texts stay, and the
 * reader chooses.
 */
export function NotesEditor({ notes, onSave, onError }: NotesEditorProps) {
  // Draft and base change together, and always from their current values: the effect that follows another tab's save
  // can run late (a tab in the background waits for its next frame), after the reader has typed.
  const [{ draft, base }, setText] = useState({ draft: notes, base: notes });
  const [saved, setSaved] = useState(false);
  const edited = draft !== base;
  const conflict = edited && notes !== base;
  useEffect(() => {
    setText((now) => {
      const touched = now.draft !== now.base;
      // Untouched, or the other tab saved this very text: the stored notes are the new starting point.
      return { draft: touched ? now.draft : notes, base: !touched || notes === now.draft ? notes : now.base };
    });
  }, [notes]);

  const save = async (from = base) => {
    if (draft === from) return;
    try {
      await onSave(draft, from);
      setText((now) => ({ draft: now.draft, base: draft }));
      setSaved(true);
    } catch (error) {
      // A conflict shows itself: the stored notes differ from base, so the choice below appears.
      if (!(error instanceof NotesConflictError)) onError?.(error);
    }
  };
  const useStored = () => {
    setText({ draft: notes, base: notes });
    setSaved(false);
  };

  return (
    <section class="reader-notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" class="panel-title">
        <label for="reader-notes-input">{t('readerNotes')}</label>
      </h2>
      <textarea
        id="reader-notes-input"
        rows={6}
        value={draft}
        data-testid="reader-notes"
        aria-describedby={conflict ? 'notes-conflict' : undefined}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText((now) => ({ draft: value, base: now.base }));
          setSaved(false);
        }}
        onBlur={() => void (conflict ? undefined : save())}
      />
      {conflict && (
        <div class="notes-conflict" id="notes-conflict" role="alert" data-testid="notes-conflict">
          <p>{t('readerNotesConflict')}</p>
          <blockquote data-testid="notes-conflict-stored">{notes || t('readerNotesEmpty')}</blockquote>
          <button type="button" data-testid="notes-keep-mine" onClick={() => void save(notes)}>
            {t('readerNotesKeepMine')}
          </button>{' '}
          <button type="button" data-testid="notes-use-stored" onClick={useStored}>
            {t('readerNotesUseStored')}
          </button>
        </div>
      )}
      <div class="notes-actions">
        <button type="button" disabled={!edited || conflict} onClick={() => void save()} data-testid="reader-notes-save">
          {t('readerNotesSave')}
        </button>
        <span role="status" class="notes-status">
          {saved && !edited ? t('readerNotesSaved') : ''}
        </span>
      </div>
    </section>
  );
}
