import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '@/lib/highlights/types';
import './highlights.css';
import { t, type MessageKey } from './i18n';

export interface HighlightsPanelProps {
  highlights: Highlight[];
  /** Ids whose words the text no longer holds. */
  missing?: string[];
  /** The highlight whose note field takes focus (a new one). */
  focusId?: string | null;
  onNote: (id: string, note: string) => Promise<unknown>;
  onColor: (id: string, color: HighlightColor) => Promise<unknown>;
  /** `index`: where it stood, so undo puts it back there. */
  onDelete: (h: Highlight, index: number) => void;
  /** Absent where the words are not on this page (the popup). */
  onShow?: (id: string) => void;
}

const COLOR_KEYS: Record<HighlightColor, MessageKey> = {
  yellow: 'highlightColorYellow',
  green: 'highlightColorGreen',
  blue: 'highlightColorBlue',
  pink: 'highlightColorPink',
};

function HighlightItem({ h, index, missing, focus, ...props }: { h: Highlight; index: number; missing: boolean; focus: boolean } & Omit<HighlightsPanelProps, 'highlights' | 'missing' | 'focusId'>) {
  const [draft, setDraft] = useState(h.note);
  const [saved, setSaved] = useState(false);
  // Another tab (or the popup) changed the note: follow it unless this one is being edited.
  useEffect(() => setDraft((d) => (d === h.note ? d : saved || d === '' ? h.note : d)), [h.note]);
  const noteId = `hl-note-${h.id}`;
  const save = () => {
    if (draft === h.note) return;
    void props.onNote(h.id, draft).then(() => setSaved(true));
  };
  return (
    <li class="highlight-item" data-color={h.color} data-testid="highlight-item" data-hl-id={h.id}>
      {missing && <p class="highlight-missing">{t('highlightMissing')}</p>}
      <blockquote data-testid="highlight-quote">{h.exact}</blockquote>
      <label for={noteId}>{t('highlightNote')}</label>
      <textarea
        id={noteId}
        rows={2}
        value={draft}
        data-testid="highlight-note"
        ref={(el) => {
          if (el && focus && document.activeElement !== el) el.focus();
        }}
        onInput={(e) => {
          setDraft((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }}
        onBlur={save}
      />
      <div class="highlight-actions">
        <button type="button" data-testid="highlight-note-save" disabled={draft === h.note} onClick={save}>
          {t('highlightNoteSave')}
        </button>
        <label>
          <span class="visually-hidden">{t('highlightColor')}</span>
          <select value={h.color} data-testid="highlight-color" onChange={(e) => void props.onColor(h.id, (e.currentTarget as HTMLSelectElement).value as HighlightColor)}>
            {HIGHLIGHT_COLORS.map((c) => (
              <option value={c} key={c}>
                {t(COLOR_KEYS[c])}
              </option>
            ))}
          </select>
        </label>
        {props.onShow && !missing && (
          <button type="button" data-testid="highlight-show" onClick={() => props.onShow?.(h.id)}>
            {t('highlightShow')}
          </button>
        )}
        <button type="button" data-testid="highlight-delete" onClick={() => props.onDelete(h, index)}>
          {t('highlightDelete')}
        </button>
        <span role="status" class="notes-status">
          {saved && draft === h.note ? t('highlightNoteSaved') : ''}
        </span>
      </div>
    </li>
  );
}

/** The story's highlights, oldest first, each with its note, colour, a way to it in the text, and delete. */
export function HighlightsPanel(props: HighlightsPanelProps) {
  const { highlights, missing = [], focusId, ...rest } = props;
  return (
    <section class="panel reader-highlights" aria-labelledby="highlights-heading" data-testid="highlights-panel">
      <h2 id="highlights-heading" class="panel-title">
        {t('highlightsTitle')} ({highlights.length})
      </h2>
      {highlights.length === 0 ? (
        <p class="placeholder">{t('highlightsNone')}</p>
      ) : (
        <ul class="highlight-list">
          {highlights.map((h, i) => (
            <HighlightItem key={h.id} h={h} index={i} missing={missing.includes(h.id)} focus={h.id === focusId} {...rest} />
          ))}
        </ul>
      )}
    </section>
  );
}
