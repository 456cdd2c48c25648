import { useEffect, useMemo, useState } from 'preact/hooks';
import { BulkBar } from '@/components/BulkBar';
import { dbErrorMessage } from '@/components/db-error';
import { downloadText } from '@/components/download';
import { ExportImport, type ExportFormatName } from '@/components/ExportImport';
import { ImportProblems } from '@/components/ImportProblems';
import { t } from '@/components/i18n';
import { LibraryToolbar } from '@/components/LibraryToolbar';
import { PaperRecheck } from '@/components/PaperRecheck';
import { readerHref, StoryRow } from '@/components/StoryRow';
import { UndoToast, type ToastState } from '@/components/UndoToast';
import { useLiveQuery } from '@/components/use-live-query';
import { VirtualList } from '@/components/VirtualList';
import { ZoteroSend } from '@/components/ZoteroSend';
import { addTag, removeStories, removeTag, restoreStories, setRead, snapshotUrls, type StorySnapshot } from '@/lib/db/bulk';
import type { ImportProblem } from '@/lib/db/import-validate';
import { exportStories, importJson } from '@/lib/db/transfer';
import type { CaveatDb } from '@/lib/db/schema';
import { listFacets } from '@/lib/db/search';
import { getAllStories, getStories } from '@/lib/db/stories';
import { allMatchingIds, loadPages, pagesFor, toSearchParams, type StoryRowData } from '@/lib/reading-list/library-pages';
import type { SavedChange } from '@/lib/reading-list/story-store';
import { queryFromParams, queryToParams, type LibraryFacets, type LibraryQuery } from '@/lib/reading-list/library-query';

const ROW_HEIGHT = 64;
type Row = StoryRowData | { placeholder: number };

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * The reading list: search, filters, a windowed list, bulk actions with undo, export and import.
 * `onSavedChange` hears of stories deleted (saved false) or put back by undo (saved true), by URL.
 */
export function App({ db, listHeight, onSavedChange }: { db: CaveatDb; listHeight?: number; onSavedChange?: SavedChange }) {
  const [query, setQuery] = useState<LibraryQuery>(() => queryFromParams(location.search));
  const [range, setRange] = useState({ start: 0, end: 30 });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [toast, setToast] = useState<ToastState | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [importProblems, setImportProblems] = useState<ImportProblem[]>([]);

  const text = useDebounced(query.text, 150);
  const params = useMemo(() => toSearchParams({ ...query, text }), [query, text]);
  const pages = pagesFor(range.start, range.end);
  const result = useLiveQuery(() => loadPages(db, params, pages), [JSON.stringify(params), pages.join(',')]);
  // Facets wait for the first rows, so the list paints first; after that they are one read of the small counts table.
  const listReady = result.value !== undefined;
  const facetsResult = useLiveQuery(() => (listReady ? listFacets(db) : Promise.resolve(undefined)), [listReady]);

  useEffect(() => {
    const search = queryToParams(query);
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }, [query]);

  const facets: LibraryFacets = useMemo(() => {
    const f = facetsResult.value;
    return {
      studyTypes: f?.studyTypes.map((x) => x.value) ?? [],
      peerReviews: f?.peerReviews.map((x) => x.value) ?? [],
      journals: f?.journals.map((x) => x.value) ?? [],
      tags: f?.tags.map((x) => x.value) ?? [],
    };
  }, [facetsResult.value]);

  const total = result.value?.total ?? 0;
  const items: Row[] = useMemo(() => {
    const rows = result.value?.rows;
    return Array.from({ length: total }, (_, i) => rows?.get(i) ?? { placeholder: i });
  }, [result.value]);

  /** Runs a change that returns a snapshot, then offers Undo in a toast; `undone` runs after a successful undo. */
  async function change(run: () => Promise<StorySnapshot>, message: (count: number) => string, undone?: (snapshot: StorySnapshot) => void) {
    setActionError(null);
    try {
      const snapshot = await run();
      setToast({
        message: message(snapshot.stories.length),
        undo: () =>
          void restoreStories(db, snapshot)
            .then(() => undone?.(snapshot))
            .catch(setActionError),
      });
      return snapshot;
    } catch (error) {
      setActionError(error);
      return null;
    }
  }

  // A story that a new search or filter hides leaves the selection: bulk actions touch only what the reader can see.
  useEffect(() => {
    if (selected.size === 0) return;
    let live = true;
    allMatchingIds(db, params).then((matching) => {
      if (!live) return;
      const shown = new Set(matching);
      setSelected((s) => {
        const kept = [...s].filter((id) => shown.has(id));
        return kept.length === s.size ? s : new Set(kept);
      });
    }, setActionError);
    return () => {
      live = false;
    };
  }, [JSON.stringify(params)]);

  const ids = () => [...selected];
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  async function onExport(format: ExportFormatName, which: 'all' | 'selected') {
    setActionError(null);
    try {
      const stories = which === 'all' ? await getAllStories(db) : await getStories(db, ids());
      if (stories.length === 0) return setToast({ message: t('listNothingExported') });
      downloadText(exportStories(stories, format));
    } catch (error) {
      setActionError(error);
    }
  }

  async function onImport(file: File) {
    setActionError(null);
    setImportProblems([]);
    try {
      const report = await importJson(db, await file.text());
      setImportProblems(report.failed);
      setToast({ message: t('listImportReport', [String(report.added), String(report.updated), String(report.skipped)]) });
    } catch (error) {
      setActionError(error);
    }
  }

  const loadError = result.error ?? facetsResult.error;
  const error = actionError ?? loadError;
  const empty = !result.loading && total === 0;
  const filtered = !!(text || query.studyType || query.peerReview || query.journal || query.tag || query.read || query.claims || query.paper);

  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('listTitle')}</h1>
        <p class="library-count" aria-live="polite" data-testid="list-count">
          {result.loading && !result.value ? t('listLoading') : t('listCount', String(total))}
        </p>
        <button type="button" class="library-settings" data-testid="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsOpen')}
        </button>
      </header>
      {error !== null && error !== undefined && (
        <p class="library-error" role="alert" data-testid="list-error">
          {dbErrorMessage(error)}
        </p>
      )}
      <LibraryToolbar query={query} facets={facets} onChange={setQuery} />
      <BulkBar
        count={selected.size}
        shown={total}
        actions={{
          selectShown: () => void allMatchingIds(db, params).then((all) => setSelected(new Set(all)), setActionError),
          clear: () => setSelected(new Set()),
          addTag: (tag) => void change(() => addTag(db, ids(), tag), (n) => t('listTagAdded', [tag, String(n)])),
          removeTag: (tag) => void change(() => removeTag(db, ids(), tag), (n) => t('listTagRemoved', [tag, String(n)])),
          markRead: (read) => void change(() => setRead(db, ids(), read), (n) => t(read ? 'listMarkedRead' : 'listMarkedUnread', String(n))),
          remove: async () => {
            const gone = await change(
              () => removeStories(db, ids()),
              (n) => t('listDeleted', String(n)),
              (s) => onSavedChange?.(snapshotUrls(s), true),
            );
            if (!gone) return;
            setSelected(new Set());
            if (gone.stories.length) onSavedChange?.(snapshotUrls(gone), false);
          },
        }}
      />
      <ZoteroSend count={selected.size} stories={() => getStories(db, ids())} />
      {empty ? (
        <p class="library-empty" data-testid="list-empty">
          {filtered ? t('listNoMatch') : t('listEmpty')}
        </p>
      ) : (
        <VirtualList<Row>
          items={items}
          rowHeight={ROW_HEIGHT}
          height={listHeight}
          label={t('listStoriesLabel')}
          idPrefix="story"
          testId="story-list"
          getKey={(row) => ('placeholder' in row ? `p${row.placeholder}` : row.id)}
          isSelected={(row) => !('placeholder' in row) && selected.has(row.id)}
          onRangeChange={(start, end) => setRange((r) => (r.start === start && r.end === end ? r : { start, end }))}
          onActivate={(row) => {
            if (!('placeholder' in row)) location.href = readerHref(row.id);
          }}
          onToggle={(row) => {
            if (!('placeholder' in row)) toggle(row.id);
          }}
          renderRow={(row) =>
            'placeholder' in row ? (
              <div class="story story-loading">{t('listRowLoading')}</div>
            ) : (
              <StoryRow story={row} selected={selected.has(row.id)} onToggle={() => toggle(row.id)} />
            )
          }
        />
      )}
      {/* Export and import are occasional: below the list, after search and selection in the Tab order. */}
      <ExportImport selectedCount={selected.size} onExport={onExport} onImport={onImport} />
      <PaperRecheck db={db} />
      <ImportProblems problems={importProblems} onClose={() => setImportProblems([])} />
      <UndoToast toast={toast} onClose={() => setToast(null)} />
    </main>
  );
}
