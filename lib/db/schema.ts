/** The reading list's IndexedDB database (Dexie): record type, every schema version and its upgrade, oldest first. */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Analysis, PeerReview, StudyType } from '../analysis/types';
import type { Highlight } from '../highlights/types';
import type { PaperCheck, PaperUpdateKind } from '../paper/types';
import { DatabaseVersionError } from './errors';
import { countKeys, type CountEntry } from './counts';
import { rowOf } from './rows';
import type { WordBucket } from './word-buckets';
import { buildWordCounts, type WordLogEntry } from './word-counts';
import { upgradeToV6 } from './upgrade-v6';
import { upgradeToV8 } from './upgrade-v8';
import { indexWords } from './words';

/** The default database name used by the extension; tests pass their own. */
export const DB_NAME = 'caveat-reading-list';

/** What the user and the analysis said about a story: everything a backup must keep. */
export interface StoryData {
  /** Canonical URL: one story per URL (unique index). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As the page gave it: ISO 8601 when known. */
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Epoch milliseconds of the first save; a later save of the same URL keeps it. */
  savedAt: number;
  /** Epoch milliseconds of the last change (save again, tags, notes, read). */
  updatedAt: number;
  /** The analysis at save time (research verdict, sources, glossary). */
  analysis: Analysis;
  /** Article markup sanitised by lib/db/sanitize.ts, for offline reading (sanitised again at display). */
  contentHtml: string;
  /** Plain text of the article body. */
  text: string;
  wordCount: number;
  tags: string[];
  notes: string;
  read: boolean;
  /** Passages the reader highlighted, each with a note (version 9; oldest first). */
  highlights: Highlight[];
  /** What "Check the paper" found (Crossref, Unpaywall) and when; absent until the reader asks (version 8). */
  paper?: PaperCheck;
}

/** Fields computed from StoryData (lib/db/derive.ts) so that filters, sorting and search run on indexes. */
export interface DerivedFields {
  studyType: StudyType;
  /** Peer review as shown: the story's, or Crossref's record where the paper was checked (lib/paper/status.ts). */
  peerReview: PeerReview;
  /** The journal the analysis names, '' when none (IndexedDB does not index null). */
  journal: string;
  /** The story says its study was retracted (not indexed: shown in the list row). */
  retracted: boolean;
  /** read as 0/1: IndexedDB cannot index booleans. */
  readKey: 0 | 1;
  /** 1 when the story claims more than its study can show (analysis.claimWarning), else 0 (version 6, indexed). */
  claimFlag: 0 | 1;
  /** The DOI of the paper the story reports (the checked one, else the one it cites), '' when none (version 8, indexed). */
  paperDoi: string;
  /** 1 when the checked paper was retracted, corrected or given an expression of concern, else 0 (version 8, indexed). */
  paperFlag: 0 | 1;
  /** Epoch milliseconds parsed from publishedTime, 0 when unknown. */
  publishedAt: number;
  /** Lower-cased title without a leading article, for a title sort that ignores case (version 2). */
  sortTitle: string;
  /** Distinct search words of title, text, notes and tags (version 2; multi-entry index). */
  words: string[];
}

/** One saved story as stored: the reading list's record type. */
export interface StoredStory extends StoryData, DerivedFields {
  id: number;
}

/** A story's list fields, kept in the small `rows` table (version 3) for ordering and drawing the list. */
export type StoryRow = Pick<
  StoredStory,
  'id' | 'title' | 'siteName' | 'savedAt' | 'publishedAt' | 'sortTitle' | 'studyType' | 'peerReview' | 'journal' | 'retracted' | 'tags' | 'read'
> & {
  /** The story claims more than its study can show (version 6; absent on rows written before). */
  claimWarning?: boolean;
  /** The gravest notice on the checked paper (version 8; absent when unchecked or clear). */
  paperStatus?: PaperUpdateKind;
};

/** One checked paper in the `papers` table (version 8): the cache per DOI, with the stories whose reader matched it. */
export interface PaperRecord {
  doi: string;
  /** Canonical URLs of stories without a DOI whose reader chose this paper among the search's candidates. */
  urls: string[];
  check: PaperCheck;
}

export type CaveatDb = Dexie & {
  stories: EntityTable<StoredStory, 'id'>;
  rows: EntityTable<StoryRow, 'id'>;
  counts: EntityTable<CountEntry, 'key'>;
  wordCounts: EntityTable<WordBucket, 'lo'>;
  wordLog: EntityTable<WordLogEntry, 'id'>;
  papers: EntityTable<PaperRecord, 'doi'>;
};

/** The newest schema version this code declares. */
export const CURRENT_VERSION = 9;

/** Version 1's store, exported so the migration test can write data exactly as version 1 did. */
export const V1_STORES = {
  stories: '++id, &url, savedAt, publishedAt, title, studyType, peerReview, journal, *tags, readKey',
};

/** Version 2 adds the search-word index and a case-insensitive title sort key. */
export const V2_STORES = {
  stories: '++id, &url, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, *tags, readKey, *words',
};

/** Version 3 adds the small `rows` table (lib/db/rows.ts); the stories' word index gets leaner words. */
export const V3_STORES = { ...V2_STORES, rows: 'id, savedAt, publishedAt, sortTitle' };

/** Version 4 adds the `counts` table (lib/db/counts.ts): facet and total counters kept by every write. */
export const V4_STORES = { ...V3_STORES, counts: 'key' };

/** Version 5 adds stories per search word (lib/db/word-counts.ts): range buckets and a short log of pending changes. */
export const V5_STORES = { ...V4_STORES, wordCounts: 'lo', wordLog: '++id, *plus, *minus' };

/** Version 6 indexes stories whose claims go beyond their study (the library's claims filter). */
export const V7_STORES = {
  ...V5_STORES,
  stories: '++id, &url, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, *tags, readKey, *words, claimFlag',
};

/** Version 8 adds checked papers (the `papers` table, by DOI and by matched story) and indexes each story's paper DOI and flag. */
export const V8_STORES = {
  ...V7_STORES,
  stories: `${V7_STORES.stories}, paperDoi, paperFlag`,
  papers: 'doi, *urls',
};

/** The sort key for titles: lower-case, leading "the/a/an" dropped. */
export function titleSortKey(title: string): string {
  return title.trim().toLowerCase().replace(/^(the|a|an)\s+/, '');
}

/** The search words of a story: title, notes, tags and highlights first so the per-story cap only ever trims the body. */
export function storyWords(s: Pick<StoryData, 'title' | 'text' | 'notes' | 'tags'> & { highlights?: Highlight[] }): string[] {
  const marked = (s.highlights ?? []).map((h) => `${h.note} ${h.exact}`).join(' ');
  return indexWords(s.title, s.notes, s.tags.join(' '), marked, s.text);
}

/** Opens (lazily, on first use) the reading-list database; `name` lets tests use a fresh one each. */
export function openCaveatDb(name: string = DB_NAME): CaveatDb {
  const db = new Dexie(name) as CaveatDb;
  // v1: first shipped schema: one row per canonical URL, indexes for filters and sorts.
  db.version(1).stores(V1_STORES);
  // v2: word index for full-text search; title sort ignores case; existing rows get both derived fields.
  db.version(2)
    .stores(V2_STORES)
    .upgrade(async (tx: Transaction) => {
      await tx
        .table('stories')
        .toCollection()
        .modify((story: StoredStory) => {
          story.words = storyWords(story);
          story.sortTitle = titleSortKey(story.title);
        });
    });
  // v3: leaner word index (function words dropped, per-story cap) and a row per story in the small rows table.
  db.version(3)
    .stores(V3_STORES)
    .upgrade(async (tx: Transaction) => {
      const rows: StoryRow[] = [];
      await tx
        .table('stories')
        .toCollection()
        .modify((story: StoredStory) => {
          story.words = storyWords(story);
          rows.push(rowOf(story));
        });
      await tx.table('rows').bulkPut(rows);
    });
  // v4: counters per filter value and in all, built once from the rows (the upgrade is the only full pass).
  db.version(4)
    .stores(V4_STORES)
    .upgrade(async (tx: Transaction) => {
      const counts = new Map<string, number>();
      await tx
        .table('rows')
        .each((row: StoryRow) => {
          for (const key of countKeys(row)) counts.set(key, (counts.get(key) ?? 0) + 1);
        });
      await tx.table('counts').bulkPut([...counts].map(([key, n]) => ({ key, n })));
    });
  // v5: stories per search word, counted once from the word index so searches read counts by key.
  db.version(5).stores(V5_STORES).upgrade(buildWordCounts);
  // v6: same tables; every story's derived fields recomputed (retracted was missing), checked, rows and counts rebuilt.
  db.version(6).stores(V5_STORES).upgrade(upgradeToV6);
  // v7: the claim-warning flag, indexed, and on each row and in the counters (stories saved before have none).
  db.version(7)
    .stores(V7_STORES)
    .upgrade(async (tx: Transaction) => {
      const rows: StoryRow[] = [];
      await tx
        .table('stories')
        .toCollection()
        .modify((story: StoredStory) => {
          story.claimFlag = story.analysis?.claimWarning ? 1 : 0;
          rows.push(rowOf(story));
        });
      await tx.table('rows').bulkPut(rows);
      const warned = rows.filter((r) => r.claimWarning).length;
      if (warned) await tx.table('counts').put({ key: 'claimWarning', n: warned });
    });
  // v8: checked papers by DOI; every story gets its paper DOI and an unset paper flag, indexed (none was checked before).
  db.version(8).stores(V8_STORES).upgrade(upgradeToV8);
  // v9: highlights with notes, kept on each story (self-contained: no table or index changes, so any v8 fits before it).
  db.version(9)
    .stores({})
    .upgrade(async (tx: Transaction) => {
      await tx
        .table('stories')
        .toCollection()
        .modify((story: StoredStory) => {
          if (!Array.isArray(story.highlights)) story.highlights = [];
        });
    });
  // Dexie 4 silently opens a database a newer Caveat upgraded; its records may not match these types, so refuse.
  db.on(
    'ready',
    (ready) => {
      const installed = Math.floor((ready as Dexie).backendDB().version / 10);
      if (installed > CURRENT_VERSION) throw new DatabaseVersionError();
    },
    true,
  );
  return db;
}
