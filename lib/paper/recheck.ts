/**
 * Re-checking many papers (the library's "Re-check papers"): one request at a time, a pause between papers, a wait
 * when a service asks for one (HTTP 429), a stop when the network is gone. Pure: the check, the store and the clock
 * are given, so tests run it in milliseconds.
 */
import { PaperLookupError, type PaperErrorKind } from './errors';
import type { PaperCheck } from './types';

export interface RecheckItem {
  doi: string;
  matchedBy?: 'doi' | 'reader';
}

export interface RecheckOptions {
  check: (doi: string, matchedBy?: 'doi' | 'reader') => Promise<PaperCheck>;
  /** Keeps a result (the cache and every saved story with that DOI). */
  store: (check: PaperCheck) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** Pause between two papers: Crossref asks for politeness, and the reader is not waiting on each one. */
  paceMs?: number;
  /** Longest wait honoured when a service says "too many requests"; a longer ask stops the run. */
  maxWaitMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
}

export interface RecheckReport {
  total: number;
  checked: number;
  failed: number;
  /** Why the run ended early: the reader stopped it, the network is gone, or a service keeps refusing. */
  stopped?: 'cancelled' | PaperErrorKind;
}

export const DEFAULT_PACE_MS = 1_000;

/** setTimeout as a promise that an abort ends early. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Distinct DOIs, first spelling's matchedBy kept. */
export function distinctItems(items: RecheckItem[]): RecheckItem[] {
  const seen = new Map<string, RecheckItem>();
  for (const item of items) if (!seen.has(item.doi)) seen.set(item.doi, item);
  return [...seen.values()];
}

export async function recheckPapers(items: RecheckItem[], options: RecheckOptions): Promise<RecheckReport> {
  const { check, store, onProgress, paceMs = DEFAULT_PACE_MS, maxWaitMs = 60_000, signal } = options;
  const wait = options.sleep ?? sleep;
  const list = distinctItems(items);
  const report: RecheckReport = { total: list.length, checked: 0, failed: 0 };
  onProgress?.(0, list.length);
  for (let i = 0; i < list.length; i++) {
    if (signal?.aborted) return { ...report, stopped: 'cancelled' };
    if (i > 0) await wait(paceMs, signal);
    let waits = 0;
    for (;;) {
      if (signal?.aborted) return { ...report, stopped: 'cancelled' };
      try {
        await store(await check(list[i].doi, list[i].matchedBy));
        report.checked += 1;
        break;
      } catch (error) {
        if (!(error instanceof PaperLookupError)) throw error;
        if (error.kind === 'offline') return { ...report, failed: report.failed + 1, stopped: 'offline' };
        if (error.kind === 'rate-limited') {
          const ms = error.retryAfterMs ?? paceMs * 10;
          if (waits++ < 2 && ms <= maxWaitMs) {
            await wait(ms, signal);
            continue;
          }
          return { ...report, failed: report.failed + 1, stopped: 'rate-limited' };
        }
        report.failed += 1;
        break;
      }
    }
    onProgress?.(i + 1, list.length);
  }
  return report;
}
