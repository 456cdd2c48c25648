import type { ExtractResult } from './extract/types';
import { blockedReason, type BlockedReason } from './page-kind';

/** What the popup can show about the current tab. */
export type TabOutcome =
  | { kind: 'ok'; result: Extract<ExtractResult, { ok: true }> }
  | { kind: 'not-article'; title: string | null }
  | { kind: 'too-large' }
  | { kind: 'blocked'; reason: BlockedReason }
  | { kind: 'failed'; detail: string };

/** Injection errors browsers give for pages that forbid scripts, by message text. */
const FORBIDDEN = /cannot (access|be scripted)|extensions gallery|missing host permission|chrome:\/\/|about:|moz-extension|restricted|cannot be scripted|no tab with id|the extensions gallery/i;

/**
 * The steps the popup takes, with the browser calls passed in so the logic is testable:
 * decide from the URL, inject on the user's gesture, ask the content script to extract.
 */
export async function readTab(
  url: string | undefined,
  inject: () => Promise<void>,
  extract: () => Promise<ExtractResult>,
): Promise<TabOutcome> {
  const reason = blockedReason(url);
  if (reason) return { kind: 'blocked', reason };
  try {
    await inject();
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (FORBIDDEN.test(message)) return { kind: 'blocked', reason: 'browser-page' };
    return { kind: 'failed', detail: message };
  }
  try {
    const result = await extract();
    if (result.ok) return { kind: 'ok', result };
    if (result.reason === 'too-large') return { kind: 'too-large' };
    return { kind: 'not-article', title: result.title };
  } catch (error) {
    return { kind: 'failed', detail: String((error as Error)?.message ?? error) };
  }
}
