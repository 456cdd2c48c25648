/** The paper check's words: dates as the reader's language writes them, error kinds as short messages. */
import { PaperLookupError } from '@/lib/paper/errors';
import { t, type MessageKey } from './i18n';

/** '2024-05-03' → '3 May 2024' (or 'May 2024', '2024'), in the browser's language. */
export function paperDate(value: string | undefined): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value ?? '');
  if (!m) return '';
  const [, y, mo, d] = m;
  if (!mo) return y;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d ?? 1)));
  return date.toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(d ? { day: 'numeric' } : {}) });
}

/** A short message for a failed look-up; the rest of the page keeps working. */
export function paperErrorText(error: unknown): string {
  if (error instanceof PaperLookupError) return t(`paperError_${error.kind.replaceAll('-', '_')}` as MessageKey);
  return t('paperError_store');
}
