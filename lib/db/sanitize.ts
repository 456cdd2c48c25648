/**
 * Sanitising article markup with DOMPurify.
 *
 * Where it runs: DOMPurify needs a DOM. Extension pages (popup, library, reader) have one; a Chrome MV3
 * service worker does not. So saveStory accepts markup already sanitised by the caller (`contentHtml`),
 * or sanitises raw markup itself when a DOM exists, and with no DOM falls back to plain paragraphs
 * escaped as text (safe without a parser). Chrome's background asks a content script in the saved tab
 * (entrypoints/sanitize.ts → sanitizeForStorage) to sanitise, so formatting survives there too. Whatever was stored, the reader view calls
 * sanitizeArticleHtml again before display: stored data may come from an import file.
 */
import DOMPurify from 'dompurify';
import { escapeHtml } from '../text/escape-html';

// Article markup only: text structure, links, images and tables. No scripts, styles, frames, forms or media players.
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol',
  'p', 'picture', 'pre', 'q', 's', 'samp', 'small', 'source', 'span', 'strong', 'sub', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir'];

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  // Only web and mail links; javascript:, data: and extension URLs are dropped.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

function purifierFor(win: Window) {
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links leave the extension page in a new tab without handing it a window reference.
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify;
}

// DOMPurify is only safe on a real browser DOM; simulated DOMs (happy-dom, used by the CLI and tests) let
// markup through. A canary must come out exactly right before any output is trusted: fail closed.
const CANARY_IN = '<p title="t" onclick="x()">a</p><script>b()</script><form><input></form><h2>c</h2>';
const CANARY_OUT = '<p title="t">a</p><h2>c</h2>';
const verified = new WeakMap<object, boolean>();

function currentWindow(): Window | undefined {
  const win = (globalThis as { window?: Window }).window;
  return win && typeof win.document?.createElement === 'function' ? win : undefined;
}

/** True when this context has a DOM on which DOMPurify demonstrably works (false in a service worker or happy-dom). */
export function canSanitize(win: Window | undefined = currentWindow()): boolean {
  if (!win) return false;
  let ok = verified.get(win);
  if (ok === undefined) {
    try {
      const purify = purifierFor(win);
      ok = purify.isSupported && purify.sanitize(CANARY_IN, CONFIG) === CANARY_OUT;
    } catch {
      ok = false;
    }
    verified.set(win, ok);
  }
  return ok;
}

/** Thrown when asked to sanitise where it cannot be done safely; callers fall back to text. */
export class SanitizerUnavailableError extends Error {
  override name = 'SanitizerUnavailableError';
}

/** Article HTML with only the tags and attributes above; links open safely in a new tab. */
export function sanitizeArticleHtml(html: string, win: Window | undefined = currentWindow()): string {
  if (!win || !canSanitize(win)) throw new SanitizerUnavailableError('No DOM on which DOMPurify is safe');
  return purifierFor(win).sanitize(html, CONFIG);
}

/**
 * For the sanitize content script Chrome's background injects into the saved tab (its worker has no DOM):
 * sanitised markup, or null where DOMPurify cannot be trusted (the caller then stores escaped text).
 */
export function sanitizeForStorage(html: string, win: Window | undefined = currentWindow()): string | null {
  try {
    return sanitizeArticleHtml(html, win);
  } catch {
    return null;
  }
}

/** Markup built from plain paragraphs, every character escaped: safe where no DOM exists. */
export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

/** What the reader view shows: sanitised markup where that is safe, else the story's text as escaped paragraphs. */
export function displayHtml(story: { contentHtml: string; text: string }, win: Window | undefined = currentWindow()): string {
  if (win && canSanitize(win)) return sanitizeArticleHtml(story.contentHtml, win);
  return paragraphsToHtml(story.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
}
