/** Types for server.mjs (the fake Crossref and Unpaywall), for tests written in TypeScript. */
import type { PaperApi } from '../../../lib/paper/urls';

export declare const PAPER_DOIS: Record<'retracted' | 'corrected' | 'preprint' | 'published' | 'clean' | 'candidate' | 'rateLimited' | 'serverError' | 'unknown', string>;

export interface FakeRequest {
  path: string;
  query: Record<string, string>;
  at: number;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakePaperApi {
  origin: string;
  requests: FakeRequest[];
  api(prefix?: '' | '/down' | '/slow' | '/busy', contact?: string): Required<PaperApi>;
  close(): Promise<void>;
}

export declare function startPaperApi(options?: { host?: string; port?: number }): Promise<FakePaperApi>;
