import { useState } from 'preact/hooks';
import { ArticleBody } from '@/components/ArticleBody';
import { ClaimPanel } from '@/components/ClaimPanel';
import { HighlightsPanel } from '@/components/HighlightsPanel';
import { UndoToast } from '@/components/UndoToast';
import { useHighlighting } from '@/components/use-highlighting';
import { ZoteroSend } from '@/components/ZoteroSend';
import { dbErrorMessage } from '@/components/db-error';
import { t } from '@/components/i18n';
import { shortDate } from '@/components/labels';
import { NotesEditor } from '@/components/NotesEditor';
import { PaperPanel } from '@/components/PaperPanel';
import { ResearchPanel } from '@/components/ResearchPanel';
import { SourcesPanel } from '@/components/SourcesPanel';
import { TagEditor } from '@/components/TagEditor';
import { useLiveQuery } from '@/components/use-live-query';
import { addTag, removeTag, setNotes, setRead } from '@/lib/db/bulk';
import type { CaveatDb } from '@/lib/db/schema';
import { forgetPaperMatch, recordPaperCheck } from '@/lib/db/papers';
import { getStory } from '@/lib/db/stories';
import { citedDoi, paperHints } from '@/lib/paper/story';

/** A saved story, readable offline: the sanitised article beside Caveat's verdict, tags and notes. */
export function App({ db, id }: { db: CaveatDb; id: number | null }) {
  const result = useLiveQuery(async () => (id === null ? undefined : getStory(db, id)), [id]);
  const [actionError, setActionError] = useState<unknown>(null);
  const story = result.value;
  const hl = useHighlighting(db, story?.id, setActionError);
  const act = (run: () => Promise<unknown>) => () =>
    run().then(
      () => setActionError(null),
      (error) => setActionError(error),
    );

  const error = actionError ?? result.error;
  const back = (
    <a class="reader-back" href="/library.html" data-testid="reader-back">
      ← {t('readerBack')}
    </a>
  );
  if (result.loading) return <main class="reader" aria-busy="true">{back}<p>{t('readerLoading')}</p></main>;
  if (!story) {
    return (
      <main class="reader">
        {back}
        <h1>{t('readerTitle')}</h1>
        <p role="alert" data-testid="reader-missing">
          {error ? dbErrorMessage(error) : t('readerNotFound')}
        </p>
      </main>
    );
  }
  const meta = [story.siteName, story.byline, shortDate(story.publishedAt)].filter(Boolean).join(' · ');
  return (
    <main class="reader" data-testid="reader">
      {/* Every marked word is a Tab stop, so the findings beside the article get a way past them. */}
      <a class="skip-link" href="#reader-side">
        {t('readerSkipToAnalysis')}
      </a>
      {back}
      <header class="reader-header">
        <h1 data-testid="reader-title">{story.title}</h1>
        {meta && <p class="reader-meta">{meta}</p>}
        <p class="reader-meta">
          {t('listSavedOn', shortDate(story.savedAt))} ·{' '}
          <a href={story.url} target="_blank" rel="noopener noreferrer" data-testid="reader-original">
            {t('readerOriginal')}
          </a>
        </p>
      </header>
      {error !== null && error !== undefined && (
        <p class="library-error" role="alert" data-testid="reader-error">
          {dbErrorMessage(error)}
        </p>
      )}
      <div class="reader-layout">
        <article class="reader-article" aria-label={t('readerArticle')}>
          <div class="highlight-bar">
            <button type="button" data-testid="highlight-add" aria-keyshortcuts="H" onMouseDown={(e) => e.preventDefault()} onClick={() => void hl.add()}>
              {t('highlightSelection')}
            </button>
            <span class="highlight-hint" role="status" data-testid="highlight-status">
              {hl.message || (
                <>
                  {/* A phone has no H key: components/touch.css shows the hint that fits the screen. */}
                  <span class="hint-keys">{t('highlightHint')}</span>
                  <span class="hint-touch">{t('highlightHintTouch')}</span>
                </>
              )}
            </span>
          </div>
          <ArticleBody story={story} glossary={story.analysis.glossary ?? []} highlights={story.highlights ?? []} onMissing={hl.setMissing} />
        </article>
        <aside class="reader-side" id="reader-side" tabIndex={-1} aria-label={t('readerAnalysis')}>
          <button
            type="button"
            class="reader-read"
            aria-pressed={story.read}
            data-testid="reader-read"
            onClick={act(() => setRead(db, [story.id], !story.read))}
          >
            {story.read ? `✓ ${t('readerIsRead')}` : t('readerMarkRead')}
          </button>
          <PaperPanel
            doi={story.paper?.matchedBy === 'reader' ? story.paper.doi : citedDoi(story.analysis)}
            hints={paperHints(story.analysis)}
            check={story.paper}
            onChecked={(check) => recordPaperCheck(db, check, story.url).then(() => undefined)}
            onForget={() => forgetPaperMatch(db, story.url)}
          />
          <ZoteroSend count={1} stories={async () => [story]} />
          <ClaimPanel claims={story.analysis.claims} warning={story.analysis.claimWarning} />
          <ResearchPanel research={story.analysis.research} paper={story.paper} />
          <TagEditor
            tags={story.tags}
            onAdd={(tag) => void act(() => addTag(db, [story.id], tag))()}
            onRemove={(tag) => void act(() => removeTag(db, [story.id], tag))()}
          />
          <HighlightsPanel highlights={story.highlights ?? []} {...hl.panel} />
          <NotesEditor notes={story.notes} onSave={(notes, base) => setNotes(db, story.id, notes, base).then(() => setActionError(null))} onError={setActionError} />
          <SourcesPanel
            sources={story.analysis.sources}
            title={story.title}
            published={story.publishedAt ? new Date(story.publishedAt).toISOString() : null}
          />
        </aside>
      </div>
      <UndoToast toast={hl.toast} onClose={() => hl.setToast(null)} />
    </main>
  );
}
