import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

/** Free-text notes; saved on the button or when the field loses focus. */
export function NotesEditor({ notes, onSave }: { notes: string; onSave: (notes: string) => Promise<unknown> }) {
  const [draft, setDraft] = useState(notes);
  const [saved, setSaved] = useState(false);
  const dirty = draft !== notes;
  // Another page may change the notes; follow it unless the user is mid-edit.
  useEffect(() => {
    if (!dirty) setDraft(notes);
  }, [notes]);
  const save = async () => {
    if (!dirty) return;
    await onSave(draft);
    setSaved(true);
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
        onInput={(e) => {
          setDraft((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }}
        onBlur={() => void save()}
      />
      <div class="notes-actions">
        <button type="button" disabled={!dirty} onClick={() => void save()} data-testid="reader-notes-save">
          {t('readerNotesSave')}
        </button>
        <span role="status" class="notes-status">
          {saved && !dirty ? t('readerNotesSaved') : ''}
        </span>
      </div>
    </section>
  );
}
