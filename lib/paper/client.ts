/**
 * The paper check over the network: Crossref for the paper's record, Unpaywall for an open copy. The fetch
 * function and the API bases are given by the caller (the extension's pages, the CLI, tests with a local fake
 * server), so this file holds no browser or Node specifics. Every failure becomes a PaperLookupError.
 */
import { crossrefMessage, readCandidates, readWork } from './crossref';
import { PaperLookupError, retryAfterMs } from './errors';
import type { PaperCandidate, PaperCheck, PaperHints, PaperVersion } from './types';
import { readOpenCopy } from './unpaywall';
import { crossrefSearchUrl, crossrefWorkUrl, unpaywallUrl, type PaperApi } from './urls';

export interface PaperClientOptions {
  api: PaperApi;
  fetch?: typeof fetch;
  /** Per request; the services answer in well under a second when they are well. */
  timeoutMs?: number;
  now?: () => Date;
  /** Sent where the platform allows it (Node): Crossref asks tools to name themselves. */
  userAgent?: string;
}

export interface PaperClient {
  /** The paper's record for a DOI, its notices, its journal version and an open copy. */
  check(doi: string, matchedBy?: 'doi' | 'reader'): Promise<PaperCheck>;
  /** Papers that may be the story's, for the reader to confirm; [] when there is too little to search by. */
  search(hints: PaperHints): Promise<PaperCandidate[]>;
}

type Answer = { status: 200; body: unknown } | { status: 404 };

export function createPaperClient(options: PaperClientOptions): PaperClient {
  const { api, timeoutMs = 10_000, now = () => new Date(), userAgent } = options;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function getJson(service: string, url: string): Promise<Answer> {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json', ...(userAgent ? { 'user-agent': userAgent } : {}) },
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new PaperLookupError('timeout', service, `no answer in ${timeoutMs} ms`);
      throw new PaperLookupError('offline', service, (error as Error)?.message ?? 'network error');
    }
    if (response.status === 404) return { status: 404 };
    if (response.status === 429) throw new PaperLookupError('rate-limited', service, 'HTTP 429', retryAfterMs(response.headers.get('retry-after')));
    if (response.status >= 500) throw new PaperLookupError('server', service, `HTTP ${response.status}`);
    if (!response.ok) throw new PaperLookupError('refused', service, `HTTP ${response.status}`);
    try {
      return { status: 200, body: await response.json() };
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new PaperLookupError('timeout', service, `no answer in ${timeoutMs} ms`);
      throw new PaperLookupError('bad-response', service, 'not JSON');
    }
  }

  /** Crossref's work for a DOI, or null when Crossref has none. */
  async function work(doi: string): Promise<unknown | null> {
    const answer = await getJson('crossref', crossrefWorkUrl(api, doi));
    if (answer.status === 404) return null;
    const message = crossrefMessage(answer.body);
    if (message === null) throw new PaperLookupError('bad-response', 'crossref', 'no message');
    return message;
  }

  /** A journal version's name and date; its DOI alone when Crossref cannot say more (the check still stands). */
  async function version(doi: string): Promise<PaperVersion> {
    try {
      const found = await work(doi);
      if (!found) return { doi };
      const { journal, title, published } = readWork(found, doi);
      return { doi, ...(journal ? { journal } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}) };
    } catch {
      return { doi };
    }
  }

  async function openCopy(doi: string): Promise<Pick<PaperCheck, 'openCopy' | 'openCopyNote'>> {
    const url = unpaywallUrl(api, doi);
    if (!url) return { openCopyNote: 'no-contact' };
    try {
      const answer = await getJson('unpaywall', url);
      const copy = answer.status === 200 ? readOpenCopy(answer.body) : null;
      return copy ? { openCopy: copy } : { openCopyNote: 'none' };
    } catch {
      return { openCopyNote: 'failed' };
    }
  }

  return {
    async check(doi, matchedBy = 'doi') {
      const found = await work(doi);
      const head = { doi, checkedAt: now().toISOString(), found: found !== null, ...(matchedBy === 'reader' ? { matchedBy } : {}) };
      if (found === null) return { ...head, updates: [] };
      const record = readWork(found, doi);
      // Both are extras: a failure in either leaves the record itself standing.
      const [published, copy] = await Promise.all([record.publishedVersion ? version(record.publishedVersion.doi) : undefined, openCopy(doi)]);
      return { ...head, ...record, ...(published ? { publishedVersion: published } : {}), ...copy };
    },
    async search(hints) {
      const url = crossrefSearchUrl(api, hints);
      if (!url) return [];
      const answer = await getJson('crossref', url);
      return answer.status === 404 ? [] : readCandidates(crossrefMessage(answer.body));
    },
  };
}
