/** Typed errors the reading-list UI can show; every db function throws only these (or lets a bug through). */

export class CaveatDbError extends Error {
  override name = 'CaveatDbError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The browser refused to store more: nothing of the failed operation was written. */
export class StorageFullError extends CaveatDbError {
  override name = 'StorageFullError';
  constructor(cause?: unknown) {
    super('Storage is full: the reading list could not be saved. Remove some stories or free disk space, then try again.', { cause });
  }
}

/** The database on disk was written by a newer Caveat than this one. */
export class DatabaseVersionError extends CaveatDbError {
  override name = 'DatabaseVersionError';
  constructor(cause?: unknown) {
    super('The reading list was saved by a newer version of Caveat. Update Caveat to open it; nothing was changed.', { cause });
  }
}

/** An import file was rejected before anything was written. `path` points at the offending value. */
export class ImportError extends CaveatDbError {
  override name = 'ImportError';
  constructor(message: string, readonly path: string = '') {
    super(path ? `${message} (at ${path})` : message);
  }
}

/** One story's data is of the wrong kind (not a limit: limits cut). `path` points at the offending value. */
export class StoryDataError extends CaveatDbError {
  override name = 'StoryDataError';
  constructor(message: string, readonly path: string = '') {
    super(path ? `${message} (at ${path})` : message);
  }
}

/** Notes changed elsewhere (another tab) since the edit began: not written, so neither text is lost. */
export class NotesConflictError extends CaveatDbError {
  override name = 'NotesConflictError';
  constructor(readonly current: string) {
    super('These notes were changed in another tab since you began editing; nothing was overwritten.');
  }
}

/** The database could not be opened or used for another reason (private mode, blocked, corrupt). */
export class DatabaseUnavailableError extends CaveatDbError {
  override name = 'DatabaseUnavailableError';
  constructor(cause?: unknown) {
    super('The reading list could not be opened in this browser profile.', { cause });
  }
}

/** Walks Dexie's wrapping (`inner`) and standard `cause` chains, looking for an error name. */
function hasErrorNamed(error: unknown, names: string[]): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof e.name === 'string' && names.includes(e.name)) return true;
    // Dexie's BulkError keeps per-item failures; one quota failure means the whole batch failed.
    if (Array.isArray(e.failures) && e.failures.some((f) => hasErrorNamed(f, names))) return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/** A typed error of ours, possibly wrapped by Dexie (e.g. thrown from an on('ready') check). */
function findOurs(error: unknown): CaveatDbError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current instanceof CaveatDbError) return current;
    const e = current as { inner?: unknown; cause?: unknown };
    current = e.inner ?? e.cause;
  }
  return undefined;
}

/** Maps IndexedDB/Dexie errors to the typed errors above; other errors pass through unchanged. */
export function mapDbError(error: unknown): unknown {
  const ours = findOurs(error);
  if (ours) return ours;
  if (hasErrorNamed(error, ['QuotaExceededError'])) return new StorageFullError(error);
  if (hasErrorNamed(error, ['VersionError'])) return new DatabaseVersionError(error);
  if (hasErrorNamed(error, ['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError'])) {
    return new DatabaseUnavailableError(error);
  }
  return error;
}

/** Runs a database operation and rethrows its failure as a typed error. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapDbError(error);
  }
}
