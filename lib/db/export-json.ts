/** Caveat's own JSON: complete and versioned, the backup format importJson reads back. */
import type { StoryData } from './schema';

export const BACKUP_FORMAT = 'caveat-reading-list';
/** Bump when the backup's shape changes; importJson refuses files newer than it knows. */
export const BACKUP_VERSION = 1;

/** One story in a backup: StoryData with dates as ISO 8601 strings (readable, and exact to the millisecond). */
export type BackupStory = Omit<StoryData, 'savedAt' | 'updatedAt' | 'highlights'> & { savedAt: string; updatedAt: string; highlights?: StoryData['highlights'] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  stories: BackupStory[];
}

// The dates toISOString writes as four-digit years, so a backup's dates always read back.
const EARLIEST = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/** An epoch time as ISO 8601; one that is no date (NaN, out of range) becomes the epoch itself rather than failing the export. */
function isoTime(ms: number): string {
  return new Date(Number.isFinite(ms) && ms >= EARLIEST && ms <= LATEST ? ms : 0).toISOString();
}

export function toBackupStory(s: StoryData): BackupStory {
  return {
    url: s.url,
    title: s.title,
    byline: s.byline,
    siteName: s.siteName,
    publishedTime: s.publishedTime,
    lang: s.lang,
    excerpt: s.excerpt,
    savedAt: isoTime(s.savedAt),
    updatedAt: isoTime(s.updatedAt),
    read: s.read,
    tags: [...s.tags],
    notes: s.notes,
    wordCount: s.wordCount,
    text: s.text,
    contentHtml: s.contentHtml,
    analysis: s.analysis,
    highlights: (s.highlights ?? []).map((h) => ({ ...h })),
    // Stories whose paper was never checked have no field, so their backups read as before.
    ...(s.paper ? { paper: s.paper } : {}),
  };
}

export function fromBackupStory(b: BackupStory): StoryData {
  // Backups written before highlights existed have none.
  return { ...b, savedAt: Date.parse(b.savedAt), updatedAt: Date.parse(b.updatedAt), tags: [...b.tags], highlights: (b.highlights ?? []).map((h) => ({ ...h })) };
}

export function exportJson(stories: StoryData[], now: Date = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), stories: stories.map(toBackupStory) };
  return JSON.stringify(backup, null, 2);
}
