import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis/types';
import type { ExtractedArticle } from '@/lib/extract/types';
import type { Highlight, HighlightColor } from '@/lib/highlights/types';
import { sendMessage } from '@/lib/messaging';
import { HighlightsPanel } from './HighlightsPanel';
import { t } from './i18n';
import { UndoToast, type ToastState } from './UndoToast';

/** Dexie and the highlight store load on first use, so the popup's first paint stays light. */
async function store() {
  const [db, highlights] = await Promise.all([import('@/lib/db'), import('@/lib/db/highlights')]);
  return { ...db, ...highlights, db: db.openCaveatDb() };
}
type Store = Awaited<ReturnType<typeof store>>;

async function inTab(tabId: number) {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/page-highlights.js'], injectImmediately: true });
}

export interface PageHighlightsProps {
  article: ExtractedArticle;
  analysis: Analysis;
  tabId: number;
  /** Told when highlighting saved the story (the popup marks the toolbar badge). */
  onSaved?: () => void;
}

/**
 * Highlights on the live page: the words selected on the page become a highlight of the saved story (saving it
 * first if need be), drawn on the page and listed here with their notes; reopening the popup draws them again.
 */
export function PageHighlights({ article, analysis, tabId, onSaved }: PageHighlightsProps) {
  const [s, setS] = useState<Store | null>(null);
  const [id, setId] = useState<number | undefined>();
  const [list, setList] = useState<Highlight[]>([]);
  const [missing, setMissing] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [toast, setToast] = useState<ToastState | null>(null);

  const draw = async (highlights: Highlight[]) => {
    await inTab(tabId);
    setMissing((await sendMessage('drawPageHighlights', highlights, tabId)).missing);
  };
  const reload = async (st: Store, storyId: number) => {
    const story = await st.getStory(st.db, storyId);
    const highlights = story?.highlights ?? [];
    setList(highlights);
    await draw(highlights);
  };
  const fail = (error: unknown) => setMessage(t('pageHighlightFailed', String((error as Error)?.message ?? error)));

  useEffect(() => {
    void (async () => {
      const st = await store();
      setS(st);
      const story = await st.getStoryByUrl(st.db, st.storyUrl(article));
      if (!story) return;
      setId(story.id);
      setList(story.highlights);
      if (story.highlights.length) await draw(story.highlights);
    })().catch(fail);
  }, [article.url]);

  const highlight = async () => {
    try {
      const st = s ?? (await store());
      await inTab(tabId);
      const quote = await sendMessage('pageSelection', undefined, tabId);
      if (!quote) return setMessage(t('pageHighlightNothingSelected'));
      let storyId = id;
      if (storyId === undefined) {
        storyId = (await st.saveStory(st.db, { article, analysis, rawHtml: true })).story.id;
        setId(storyId);
        onSaved?.();
      }
      const { highlight: h } = await st.addHighlight(st.db, storyId, quote);
      setFocusId(h.id);
      setMessage(t('highlightAdded'));
      await reload(st, storyId);
    } catch (error) {
      fail(error);
    }
  };
  const change = (run: (st: Store, storyId: number) => Promise<unknown>) =>
    s && id !== undefined ? run(s, id).then(() => reload(s, id)).catch(fail) : Promise.resolve();

  return (
    <section class="panel page-highlights" aria-labelledby="page-highlights-heading" data-testid="page-highlights">
      <h2 id="page-highlights-heading" class="visually-hidden">{t('pageHighlightsTitle')}</h2>
      <div class="highlight-bar">
        <button type="button" data-testid="page-highlight-add" onClick={() => void highlight()}>
          {t('pageHighlightAdd')}
        </button>
        <span class="highlight-hint" role="status" data-testid="page-highlight-status">
          {message}
        </span>
      </div>
      {list.length > 0 && (
        <HighlightsPanel
          highlights={list}
          missing={missing}
          focusId={focusId}
          onNote={(hid, note) => change((st, sid) => st.updateHighlight(st.db, sid, hid, { note }))}
          onColor={(hid, color: HighlightColor) => change((st, sid) => st.updateHighlight(st.db, sid, hid, { color }))}
          onDelete={(h, index) =>
            void change((st, sid) => st.removeHighlight(st.db, sid, h.id)).then(() =>
              setToast({ message: t('highlightDeleted'), undo: () => void change((st, sid) => st.restoreHighlight(st.db, sid, h, index)) }),
            )
          }
        />
      )}
      <UndoToast toast={toast} onClose={() => setToast(null)} />
    </section>
  );
}
