import { DatabaseUnavailableError, DatabaseVersionError, ImportError, StorageFullError } from '@/lib/db/errors';
import { t } from './i18n';

/** One clear sentence for a reading-list failure: full disk, newer database, or what went wrong. */
export function dbErrorMessage(error: unknown): string {
  if (error instanceof StorageFullError) return t('listErrorFull');
  if (error instanceof DatabaseVersionError) return t('listErrorNewer');
  if (error instanceof DatabaseUnavailableError) return t('listErrorUnavailable');
  if (error instanceof ImportError) return t('listImportFailed', error.message);
  return t('listErrorOther', String((error as Error)?.message ?? error));
}
