/**
 * The reading list's data layer: the API extension pages use. Plain data in and out; Dexie over IndexedDB only.
 *
 * - openCaveatDb(name?)                       → CaveatDb (opens lazily; a newer-version database throws DatabaseVersionError on first use)
 * - saveStory(db, {article, analysis, contentHtml?, rawHtml?}) → {story, created}   (upsert by canonical URL)
 * - getStoryByUrl(db, url), getStory(db, id), getStories(db, ids), getAllStories(db)
 * - removeStories(db, ids) → StorySnapshot; restoreStories(db, snapshot)          (undo of any bulk change)
 * - addTag / removeTag(db, ids, tag), setTags(db, ids, tags), setRead(db, ids, read) → StorySnapshot of the prior state
 * - setNotes(db, id, notes) → StorySnapshot
 * - addHighlight(db, id, quote) → {highlight, snapshot}; updateHighlight(db, id, hid, {note?, color?}); removeHighlight(db, id, hid); restoreHighlight(db, id, h, index)
 * - searchStories(db, params) → {ids, stories, total}; searchIds(db, params) → every matching id in order; listFacets(db) → tag/journal/study-type/peer-review/read counts
 * - exportStories(stories, format)   (lib/db/transfer.ts, with importJson) → {filename, mime, text}; format: 'json' | 'csl-json' | 'bibtex' | 'ris' | 'markdown'
 * - importJson(db, text) → {added, updated, skipped, failed}; every valid story in one transaction, the others listed in failed; throws ImportError (nothing written) for a file that is no backup
 * - fitStory / checkBackupStory (lib/db/story-check.ts): the one check save, export and import share (limits cut; wrong kinds throw StoryDataError)
 * - sanitizeArticleHtml / displayHtml / canSanitize (lib/db/sanitize.ts)
 * - errors: StorageFullError, DatabaseVersionError, ImportError, StoryDataError, DatabaseUnavailableError (all extend CaveatDbError)
 */
export * from './errors';
export { openCaveatDb, DB_NAME, CURRENT_VERSION, type CaveatDb, type StoredStory, type StoryData } from './schema';
export { saveStory, getStoryByUrl, getStory, getStories, getAllStories, storyUrl, type SaveStoryInput, type SaveStoryResult } from './stories';
export { canonicalUrl } from './url';
export { canSanitize, displayHtml, sanitizeArticleHtml, SanitizerUnavailableError } from './sanitize';
export { addTag, removeTag, setTags, setRead, setNotes, removeStories, restoreStories, normalizeTag, snapshotUrls, type StorySnapshot } from './bulk';
export { addHighlight, updateHighlight, removeHighlight, restoreHighlight, type NewHighlight } from './highlights';
export { searchStories, searchIds, searchRows, listFacets, SORT_ORDERS, type SearchParams, type SearchResult, type SortOrder, type Facets, type FacetCount } from './search';
export { exportStories, importJson, EXPORT_FORMATS, type ExportFormat, type ExportFile, type ImportReport } from './transfer';
export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupStory } from './export-json';
