import type { ExtractResult } from './extract/types';
import { blockedReason, type BlockedReason } from './page-kind';

/** What the popup can show about the current tab. */
export type TabOutcome =
  | { kind: 'ok'; result: Extract<ExtractResult, { ok: true }> }
  | { kind: 'not-article'; title: string | null }
  | { kind: 'too-large' }
  /** Reading took longer than Caveat allows (a page that never finishes loading, or is too long to read). */
  | { kind: 'too-slow' }
  | { kind: 'blocked'; reason: BlockedReason }
  | { kind: 'failed'; detail: string };

/** Injection errors browsers give for pages that forbid scripts, by message text. */
const FORBIDDEN = /cannot (access|be scripted)|extensions gallery|missing host permission|chrome:\/\/|about:|moz-extension|restricted|cannot be scripted|no tab with id|the extensions gallery/i;

/** The longest the popup spins: past it the reader gets a message, whatever the page is doing. */
export const READ_TIMEOUT_MS = 8_000;

export interface ReadTabOptions {
  timeoutMs?: number;
  /**
   * Asks the tab before injecting anything: a page that Caveat's script already reads (the reader turned on reading
   * stories as pages load, or the popup was opened on it before) answers at once. A failure (no script there) falls
   * back to injecting.
   */
  askFirst?: () => Promise<ExtractResult>;
  /** Timer for tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
}

/**
 * The steps the popup takes, with the browser calls passed in so the logic is testable:
 * decide from the URL, inject on the user's gesture, ask the content script to extract.
 * Never waits past `timeoutMs`: a page still loading, or one whose reading stalls, gets 'too-slow'.
 */
export function readTab(
  url: string | undefined,
  inject: () => Promise<void>,
  extract: () => Promise<ExtractResult>,
  { timeoutMs = READ_TIMEOUT_MS, setTimer = setTimeout, askFirst }: ReadTabOptions = {},
): Promise<TabOutcome> {
  const reason = blockedReason(url);
  if (reason) return Promise.resolve({ kind: 'blocked', reason });
  return new Promise((resolve) => {
    setTimer(() => resolve({ kind: 'too-slow' }), timeoutMs);
    read(inject, extract, askFirst).then(resolve);
  });
}

function outcomeOf(result: ExtractResult): TabOutcome {
  if (result.ok) return { kind: 'ok', result };
  if (result.reason === 'too-large') return { kind: 'too-large' };
  if (result.reason === 'too-slow') return { kind: 'too-slow' };
  return { kind: 'not-article', title: result.title };
}

async function read(inject: () => Promise<void>, extract: () => Promise<ExtractResult>, askFirst?: () => Promise<ExtractResult>): Promise<TabOutcome> {
  if (askFirst) {
    const early = await askFirst().catch(() => undefined);
    if (early) return outcomeOf(early);
  }
  try {
    await inject();
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (FORBIDDEN.test(message)) return { kind: 'blocked', reason: 'browser-page' };
    return { kind: 'failed', detail: message };
  }
  try {
    return outcomeOf(await extract());
  } catch (error) {
    return { kind: 'failed', detail: String((error as Error)?.message ?? error) };
  }
}
