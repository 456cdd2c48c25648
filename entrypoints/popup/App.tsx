import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ClaimPanel } from '@/components/ClaimPanel';
import { GlossaryPanel } from '@/components/GlossaryPanel';
import { PaperPanel } from '@/components/PaperPanel';
import { ReadingListLink } from '@/components/ReadingListLink';
import { ResearchPanel } from '@/components/ResearchPanel';
import { SaveButton } from '@/components/SaveButton';
import { SourcesPanel } from '@/components/SourcesPanel';
import { StatusMessage } from '@/components/StatusMessage';
import { PageHighlights } from '@/components/PageHighlights';
import { ZoteroSend } from '@/components/ZoteroSend';
import { t, type MessageKey } from '@/components/i18n';
import { afterPaint, markPainted, PAINT_MARKS } from '@/components/paint-mark';
import { markTab } from '@/components/tab-badge';
import { summarize } from '@/lib/analysis/summary';
import type { Analysis, ArticleSummary, Research } from '@/lib/analysis/types';
import type { ExtractedArticle } from '@/lib/extract/types';
import { sendMessage } from '@/lib/messaging';
import type { ResearchAnalyzer } from '@/lib/analysis/research';
import { citedDoi, paperHints } from '@/lib/paper/story';
import type { PaperCheck } from '@/lib/paper/types';
import { storyUrl } from '@/lib/db/url';
import type { PaperStore } from '@/lib/reading-list/paper-store';
import type { TabOutcome } from '@/lib/read-tab';
import type { TabReading } from './start-reading';

type View =
  | { kind: 'busy' }
  | Exclude<TabOutcome, { kind: 'ok' }>
  /** The research verdict, shown while the sources, glossary and claims are still being worked out. */
  | { kind: 'verdict'; summary: ArticleSummary; research: Research }
  | { kind: 'ok'; article: ExtractedArticle; analysis: Analysis; tabId?: number };

/** Shows what the reader waits for first: the verdict, then the rest of the answers. */
async function showAnswers(reading: Promise<TabReading>, researchAnalyzer: Promise<ResearchAnalyzer>, show: (view: View) => void): Promise<void> {
  performance.mark('caveat:app-started');
  const { outcome, tabId } = await reading;
  if (outcome.kind !== 'ok') return show(outcome);
  const article = outcome.result.article;
  const research = (await researchAnalyzer).analyze(article);
  performance.mark('caveat:research-done');
  show({ kind: 'verdict', summary: summarize(article), research });
  await afterPaint();
  const { createAnalyzer } = await import('@/lib/analysis');
  performance.mark('caveat:rest-loaded');
  show({ kind: 'ok', article, analysis: createAnalyzer().complete(article, research), tabId });
}

/** Dexie loads only when the reader sends to Zotero, so the popup's first paint stays light. */
async function storyToSend(article: ExtractedArticle, analysis: Analysis) {
  const [{ openCaveatDb }, { popupStory }] = await Promise.all([import('@/lib/db/schema'), import('@/lib/zotero/popup-story')]);
  const db = openCaveatDb();
  try {
    return [await popupStory(db, article, analysis)];
  } finally {
    db.close();
  }
}

/** Marks the story's glossary words on the page, or removes them; resolves to how many were marked. */
async function toggleGlossaryMarks(tabId: number, hits: Analysis['glossary']): Promise<number> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/glossary-marks.js'], injectImmediately: true });
  return (await sendMessage('toggleGlossaryMarks', hits, tabId)).marked;
}

function statusFor(view: Exclude<View, { kind: 'ok' | 'verdict' }>) {
  switch (view.kind) {
    case 'busy':
      return <StatusMessage busy title={t('statusReading')} />;
    case 'blocked':
      return <StatusMessage title={t('blockedTitle')} body={t(`blocked_${view.reason.replaceAll("-", "_")}` as MessageKey)} />;
    case 'not-article':
      return <StatusMessage title={t('notArticleTitle')} body={t('notArticleBody')} />;
    case 'too-large':
      return <StatusMessage title={t('tooLargeTitle')} body={t('tooLargeBody')} />;
    case 'too-slow':
      return <StatusMessage title={t('tooSlowTitle')} body={t('tooSlowBody')} />;
    case 'failed':
      return <StatusMessage title={t('failedTitle')} body={t('failedBody', view.detail)} />;
  }
}

/** Dexie loads only once the story is read: the popup's first paint stays light. */
const loadPaperStore = async (): Promise<PaperStore> => (await import('@/lib/reading-list/paper-store')).paperStoreFor();

export interface AppProps {
  /** The tab's reading, started before this code loaded. */
  reading: Promise<TabReading>;
  /** The research model, loading beside the reading. */
  research: Promise<ResearchAnalyzer>;
}

export function App({ reading, research }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'busy' });
  // Highlighting saves an unsaved story: the Save button is made anew so it reads the list again and says so.
  const [savedElsewhere, setSavedElsewhere] = useState(0);
  const [paper, setPaper] = useState<PaperCheck | undefined>();
  useEffect(() => {
    showAnswers(reading, research, setView).catch((error) => setView({ kind: 'failed', detail: String(error?.message ?? error) }));
  }, []);
  // From the moment the view is in the page: the next frame paints it (an ordinary effect runs only after that frame).
  useLayoutEffect(() => {
    if (view.kind === 'verdict') markPainted(PAINT_MARKS.verdict);
    if (view.kind === 'ok') markPainted(PAINT_MARKS.popup);
  }, [view]);
  // The last check of this story's paper, from the database: shown without asking the network again.
  useEffect(() => {
    if (view.kind !== 'ok') return;
    loadPaperStore()
      .then((store) => store.cached({ doi: citedDoi(view.analysis), url: storyUrl(view.article) }))
      .then(setPaper, () => undefined);
  }, [view]);
  return (
    <main class="popup" aria-busy={view.kind === 'busy' || view.kind === 'verdict'}>
      {view.kind === 'verdict' ? (
        <>
          <ArticleHeader article={view.summary} />
          <ResearchPanel research={view.research} />
        </>
      ) : view.kind === 'ok' ? (
        <>
          <ArticleHeader article={view.analysis.article} />
          <SaveButton key={savedElsewhere} article={view.article} analysis={view.analysis} onSavedChange={(saved) => markTab(view.tabId, saved, view.article)} />
          <PaperPanel
            doi={paper?.matchedBy === 'reader' ? paper.doi : citedDoi(view.analysis)}
            hints={paperHints(view.analysis)}
            check={paper}
            onChecked={async (check) => {
              setPaper(check);
              await (await loadPaperStore()).record(check, storyUrl(view.article));
            }}
            onForget={async () => {
              await (await loadPaperStore()).forget(storyUrl(view.article));
              setPaper(undefined);
            }}
          />
          <ClaimPanel claims={view.analysis.claims} warning={view.analysis.claimWarning} />
          <ResearchPanel research={view.analysis.research} paper={paper} />
          {view.tabId !== undefined && (
            <PageHighlights article={view.article} analysis={view.analysis} tabId={view.tabId} onSaved={() => {
                markTab(view.tabId, true, view.article);
                setSavedElsewhere((n) => n + 1);
              }}
            />
          )}
          <ZoteroSend count={1} stories={() => storyToSend(view.article, view.analysis)} />
          <SourcesPanel sources={view.analysis.sources} title={view.analysis.article.title} published={view.analysis.article.publishedTime} />
          <GlossaryPanel
            glossary={view.analysis.glossary}
            onToggleMarks={view.tabId === undefined ? undefined : () => toggleGlossaryMarks(view.tabId!, view.analysis.glossary)}
          />
        </>
      ) : (
        <>
          {statusFor(view)}
          <ReadingListLink />
        </>
      )}
    </main>
  );
}
