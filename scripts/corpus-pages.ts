// The corpus pages (outside the project, in ../shared/corpus) as the eval reads them, for scripts that measure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { escapeHtml as esc } from '../lib/text/escape-html';

export const SHARED = join(import.meta.dirname, '../../shared');
const DIRS = ['pages', 'fakehealth/pages', 'insciout/pages', 'cardiff/pages'].map((d) => join(SHARED, 'corpus', d));

/** A page as the eval feeds it to the CLI: a .txt story (a title line, then paragraphs) wrapped in a bare page. */
export function loadPage(path: string, lang = 'en'): string {
  if (path.endsWith('.gz')) return gunzipSync(readFileSync(path)).toString('utf8');
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.txt')) return raw;
  const [title, ...rest] = raw.split('\n');
  const paras = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head>` +
    `<body><article><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

/** Every corpus page (the 87, fakehealth, insciout, cardiff), in a fixed order. */
export function corpusPages(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(html|html\.gz|txt)$/.test(f)) out.push(join(dir, f));
  }
  return out;
}
