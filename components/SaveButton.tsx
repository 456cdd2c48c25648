import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis/types';
import { DatabaseVersionError, StorageFullError } from '@/lib/db/errors';
import type { ExtractedArticle } from '@/lib/extract/types';
import type { SaveStore } from '@/lib/reading-list/story-store';
import { t } from './i18n';
import { ReadingListLink } from './ReadingListLink';
import './save-button.css';

type State =
  | { kind: 'checking' }
  | { kind: 'unsaved' }
  | { kind: 'busy' }
  | { kind: 'saved'; id: number; fresh: boolean }
  | { kind: 'removed'; snapshot: unknown }
  | { kind: 'error'; message: string };

/** Dexie is imported only when the button first needs it, so the popup's first paint stays light. */
const loadStore = async (): Promise<SaveStore> => (await import('@/lib/reading-list/story-store')).storeFor();

function errorMessage(error: unknown): string {
  if (error instanceof StorageFullError) return t('saveFailedFull');
  if (error instanceof DatabaseVersionError) return t('saveFailedNewer');
  return t('saveFailedOther');
}

export interface SaveButtonProps {
  article: ExtractedArticle;
  analysis: Analysis;
  /** Told whenever the story enters or leaves the list (the popup marks the toolbar badge). */
  onSavedChange?: (saved: boolean) => void;
  store?: () => Promise<SaveStore>;
}

/** One click saves the story; then it says so and offers Undo (or Remove, if it was saved before). */
export function SaveButton({ article, analysis, onSavedChange, store = loadStore }: SaveButtonProps) {
  const [state, setState] = useState<State>({ kind: 'checking' });

  async function run(step: (s: SaveStore) => Promise<State>, interim: State = { kind: 'busy' }) {
    setState(interim);
    try {
      const next = await step(await store());
      setState(next);
      if (next.kind === 'saved' || next.kind === 'unsaved' || next.kind === 'removed') onSavedChange?.(next.kind === 'saved');
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    }
  }

  useEffect(() => {
    void run(async (s) => {
      const id = await s.find(article);
      return id === undefined ? { kind: 'unsaved' } : { kind: 'saved', id, fresh: false };
    }, { kind: 'checking' });
  }, [article.url]);

  const save = () => run(async (s) => ({ kind: 'saved', id: await s.save(article, analysis), fresh: true }));

  return (
    <div class="save-bar" data-testid="save-bar">
      {state.kind === 'saved' ? (
        <>
          <span class="save-state" role="status" data-testid="save-state">
            ✓ {t('saveSaved')}
          </span>
          <button
            type="button"
            class="save-secondary"
            data-testid={state.fresh ? 'save-undo' : 'save-remove'}
            onClick={() =>
              run(async (s) => {
                const snapshot = await s.remove(state.id);
                return state.fresh ? { kind: 'unsaved' } : { kind: 'removed', snapshot };
              })
            }
          >
            {state.fresh ? t('saveUndo') : t('saveRemove')}
          </button>
        </>
      ) : state.kind === 'removed' ? (
        <>
          <span class="save-state" role="status" data-testid="save-state">
            {t('saveRemoved')}
          </span>
          <button
            type="button"
            class="save-secondary"
            data-testid="save-undo"
            onClick={() =>
              run(async (s) => {
                await s.restore(state.snapshot);
                const id = await s.find(article);
                return id === undefined ? { kind: 'unsaved' } : { kind: 'saved', id, fresh: false };
              })
            }
          >
            {t('saveUndo')}
          </button>
        </>
      ) : (
        <button
          type="button"
          class="save-button"
          data-testid="save-button"
          disabled={state.kind === 'checking' || state.kind === 'busy'}
          aria-busy={state.kind === 'busy'}
          onClick={save}
        >
          {state.kind === 'busy' ? t('saveButtonBusy') : t('saveButton')}
        </button>
      )}
      <ReadingListLink />
      {state.kind === 'error' && (
        <p class="save-error" role="alert" data-testid="save-error">
          {state.message}
        </p>
      )}
    </div>
  );
}
