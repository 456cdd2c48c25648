/** Why a look-up failed, in kinds the reader gets a short message for; nothing else is ever thrown by the client. */

export const PAPER_ERROR_KINDS = ['offline', 'timeout', 'rate-limited', 'refused', 'server', 'bad-response'] as const;
export type PaperErrorKind = (typeof PAPER_ERROR_KINDS)[number];

export class PaperLookupError extends Error {
  constructor(
    readonly kind: PaperErrorKind,
    /** Which service: 'crossref' or 'unpaywall'. */
    readonly service: string,
    message: string,
    /** For 'rate-limited': how long the service asked us to wait (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PaperLookupError';
  }
}

/** Retry-After as milliseconds (seconds or an HTTP date), capped; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now(), cap = 120_000): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(cap, Math.max(0, ms)) : undefined;
}

/** The one-line message for an error of any kind, in the CLI's words (the extension has its own, localised). */
export function errorLine(error: unknown): string {
  if (!(error instanceof PaperLookupError)) return `the paper check failed: ${error instanceof Error ? error.message : String(error)}`;
  const name = error.service === 'unpaywall' ? 'Unpaywall' : 'Crossref';
  switch (error.kind) {
    case 'offline':
      return `could not reach ${name} (offline?)`;
    case 'timeout':
      return `${name} did not answer in time`;
    case 'rate-limited':
      return `${name} asks to slow down (too many requests); try again in a minute`;
    case 'refused':
      return `${name} refused the request (${error.message})`;
    case 'server':
      return `${name} had a problem (${error.message}); try again later`;
    case 'bad-response':
      return `${name} sent an answer Caveat cannot read`;
  }
}
