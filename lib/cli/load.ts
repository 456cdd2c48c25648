import { readFile } from 'node:fs/promises';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { extractArticle } from '../extract';
import type { GlossaryMatcher } from '../glossary/matcher';
import type { ExtractFailure } from '../extract/types';
import { parseHtml } from './parse-html';

/** An input that could not be read at all (exit status 2). */
export class InputError extends Error {}

export const FAILURE_MESSAGES: Record<ExtractFailure, string> = {
  'not-article': 'this page does not look like an article (no main text found)',
  empty: 'this page has no text',
  'too-large': 'this page is too large to analyse',
};

export type Outcome =
  | { ok: true; analysis: Analysis }
  | { ok: false; url: string; reason: ExtractFailure; error: string };

/** Past this size an input is refused rather than parsed (a browser tab would freeze too). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, `-` (standard input) or an http(s) URL the user asked for. */
export async function readInput(input: string): Promise<string> {
  try {
    if (input === '-') return await readStdin();
    if (/^https?:\/\//i.test(input)) {
      const res = await fetch(input, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new InputError(`${input}: HTTP ${res.status}`);
      return await res.text();
    }
    const buf = await readFile(input);
    if (buf.length > MAX_INPUT_BYTES) throw new InputError(`${input}: larger than ${MAX_INPUT_BYTES >> 20} MB`);
    return buf.toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`${input}: ${why}`);
  }
}

/** The URL to report: --url, else the input when it is a URL, else a file: URL. */
export function urlFor(input: string, given?: string): string {
  if (given) return given;
  if (/^https?:\/\//i.test(input)) return input;
  if (input === '-') return 'about:blank';
  return new URL(`file://${input.startsWith('/') ? '' : process.cwd() + '/'}${input}`).href;
}

/** HTML + URL → analysis or a failure, the same path the extension takes. */
export function analyzeHtml(html: string, url: string, glossary: GlossaryMatcher): Outcome {
  const { document, close } = parseHtml(html, url);
  try {
    const result = extractArticle(document, { url });
    if (!result.ok) return { ok: false, url, reason: result.reason, error: FAILURE_MESSAGES[result.reason] };
    return { ok: true, analysis: analyze(result.article, glossary) };
  } finally {
    close();
  }
}
