import { readFile } from 'node:fs/promises';
import type { Analyzer } from '../analysis';
import type { Analysis } from '../analysis/types';
import { extractArticle } from '../extract';
import type { NotArticleKind } from '../extract/not-article';
import type { ExtractFailure } from '../extract/types';
import { escapeHtml } from '../text/escape-html';
import { decodePage } from './decode';
import { parseHtml } from './parse-html';

/** An input that could not be read at all (exit status 2). */
export class InputError extends Error {}

export const FAILURE_MESSAGES: Record<ExtractFailure, string> = {
  'not-article': 'this page does not look like an article (no main text found)',
  empty: 'this page has no text',
  'too-large': 'this page is too large to analyse',
  'too-slow': 'this page is too long to read: Caveat stopped after a few seconds',
};

/** What a page that is no article is instead, in the CLI's words. */
const NOT_ARTICLE_KINDS: Record<NotArticleKind, string> = {
  binary: 'this page is not text (an image or a binary file?), not an article',
  json: 'this page is a JSON document, not an article',
  'no-words': 'this page has no words, only an endless run of characters: not an article',
  'search-results': 'this page is a list of search results, not an article',
};

export type Outcome =
  | { ok: true; analysis: Analysis }
  | { ok: false; url: string; reason: ExtractFailure; error: string };

/** Past this size an input is refused rather than parsed (a browser tab would freeze too). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodePage(Buffer.concat(chunks));
}

/** Reads a file, `-` (standard input) or an http(s) URL the user asked for, decoded as a browser would (decode.ts). */
export async function readInput(input: string): Promise<string> {
  try {
    if (input === '-') return await readStdin();
    if (/^https?:\/\//i.test(input)) {
      const res = await fetch(input, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new InputError(`${input}: HTTP ${res.status}`);
      return decodePage(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type'));
    }
    const buf = await readFile(input);
    if (buf.length > MAX_INPUT_BYTES) throw new InputError(`${input}: larger than ${MAX_INPUT_BYTES >> 20} MB`);
    return decodePage(buf);
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

/**
 * A story saved as plain text (paragraphs between blank lines) → the page a browser would show for it, so its
 * paragraphs stay paragraphs: read as one blob, a heading or a list item that ends without a full stop ran into the
 * next paragraph's sentence. Its headline is the first paragraph of four or more words among the first three (a
 * one-word section label such as "Health" before it stays in the text); a paragraph that repeats the headline
 * goes. Anything else (HTML, JSON, a binary file, one endless line) is returned as it came.
 */
export function plainTextAsHtml(input: string): string {
  const head = input.slice(0, 4096);
  if (/<(?:!doctype|\/?(?:html|head|body|title|meta|p|div|span|a|br|h[1-6]|article|section|main|ul|ol|li|table|img|script|style))\b[^>]*>/i.test(head) || /^\s*[{[]/.test(head) || head.includes('\u0000')) return input;
  const paragraphs = input.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (paragraphs.length < 2) return input;
  const words = (p: string): number => p.split(' ').length;
  const at = paragraphs.slice(0, 3).findIndex((p) => words(p) >= 4 && words(p) <= 40);
  const titleAt = at < 0 ? 0 : at;
  const title = paragraphs[titleAt];
  const body = paragraphs.filter((p, i) => i !== titleAt && p !== title);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>\n${body
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}</article></body></html>`;
}

/** HTML (or a plain-text story) + URL → analysis or a failure, the same path the extension takes. */
export function analyzeHtml(html: string, url: string, analyzer: Analyzer): Outcome {
  const { document, close } = parseHtml(plainTextAsHtml(html), url);
  try {
    const result = extractArticle(document, { url });
    if (!result.ok) return { ok: false, url, reason: result.reason, error: result.kind ? NOT_ARTICLE_KINDS[result.kind] : FAILURE_MESSAGES[result.reason] };
    return { ok: true, analysis: analyzer.analyze(result.article) };
  } finally {
    close();
  }
}
