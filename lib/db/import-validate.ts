/** Reading a Caveat JSON backup: the file as a whole, then each story through the one story check. */
import { FORBIDDEN_KEYS } from './checks';
import { CaveatDbError, ImportError } from './errors';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupStory } from './export-json';
import { checkBackupStory } from './story-check';

/** Largest file accepted (characters); a real 10,000-story backup is well under this. */
export const MAX_IMPORT_CHARS = 400_000_000;
export const MAX_IMPORT_STORIES = 50_000;

/** A story of the file that could not be restored, told to the user by its place, title and address where it has them. */
export interface ImportProblem {
  /** 1-based place in the file. */
  index: number;
  title?: string;
  url?: string;
  reason: string;
}

export interface ParsedBackup {
  stories: BackupStory[];
  problems: ImportProblem[];
}

const textOr = (v: unknown, max: number) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);

/**
 * Parses a backup file. A file that is not one (not JSON, not Caveat's, from a newer Caveat, too large) throws
 * ImportError; within it, each story is checked apart, so one bad story costs only itself.
 */
export function parseBackup(text: string): ParsedBackup {
  if (typeof text !== 'string') throw new ImportError('Expected the text of a file');
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError('The file is too large to be a Caveat backup');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not valid JSON');
  }
  const head = data as Record<string, unknown> | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== BACKUP_FORMAT) throw new ImportError('Not a Caveat reading-list backup');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) throw new ImportError('This backup was made by a newer version of Caveat', 'version');
  if (!Array.isArray(head.stories)) throw new ImportError('The backup has no list of stories', 'stories');
  if (head.stories.length > MAX_IMPORT_STORIES) throw new ImportError(`More than ${MAX_IMPORT_STORIES} stories`, 'stories');
  const stories: BackupStory[] = [];
  const problems: ImportProblem[] = [];
  head.stories.forEach((raw: unknown, i: number) => {
    try {
      stories.push(checkBackupStory(raw, `stories[${i}]`));
    } catch (error) {
      if (!(error instanceof CaveatDbError)) throw error;
      const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const own = (k: string) => (Object.prototype.hasOwnProperty.call(s, k) && !FORBIDDEN_KEYS.has(k) ? s[k] : undefined);
      problems.push({ index: i + 1, title: textOr(own('title'), 200), url: textOr(own('url'), 300), reason: error.message });
    }
  });
  return { stories, problems };
}
