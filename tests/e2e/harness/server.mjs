// A static server on 127.0.0.1 (random port) for the end-to-end pages; tests never leave this machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_ROUTES } from './hostile-routes.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const PAGES_DIR = join(HERE, '..', 'pages');
export const ROOT = join(HERE, '..', '..', '..');

/** Pages served from elsewhere in the repo, so the sample story is never duplicated. */
export const ALIASES = {
  '/car-t-memory-cells.html': join(ROOT, 'tests', 'fixtures', 'car-t-memory-cells', 'page.html'),
  '/vague-study.html': join(ROOT, 'tests', 'fixtures', 'vague-study-unsure', 'page.html'),
  '/retracted-study.html': join(ROOT, 'tests', 'fixtures', 'food-dye-study-retracted', 'page.html'),
  '/claims-coffee-cohort.html': join(ROOT, 'tests', 'fixtures', 'claims-coffee-cohort-causal', 'page.html'),
  '/claims-mouse-pill.html': join(ROOT, 'tests', 'fixtures', 'claims-mouse-pill-people', 'page.html'),
  '/claims-walking-cohort.html': join(ROOT, 'tests', 'fixtures', 'claims-walking-cohort-link', 'page.html'),
  '/quoted-terms.html': join(ROOT, 'tests', 'fixtures', 'glossary-quoted-and-marked-up-terms', 'page.html'),
  '/german.html': join(ROOT, 'tests', 'fixtures', 'glossary-german-page', 'page.html'),
  '/german-no-lang.html': join(ROOT, 'tests', 'fixtures', 'de-ohne-lang-mausstudie', 'page.html'),
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json', '.pdf': 'application/pdf' };

function resolvePath(pathname, dir, aliases) {
  if (aliases[pathname]) return aliases[pathname];
  const file = normalize(join(dir, decodeURIComponent(pathname)));
  return file.startsWith(dir + sep) ? file : null;
}

/**
 * Serves `dir` (plus `aliases`, URL path → file) on 127.0.0.1 at a free port.
 * Resolves to { url(path), close() }.
 */
export async function startServer({ dir = PAGES_DIR, aliases = ALIASES, routes = HOSTILE_ROUTES, port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (routes[pathname]) return routes[pathname](req, res);
    const file = resolvePath(pathname === '/' ? '/index.html' : pathname, dir, aliases);
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    /** The same server under another host name: another site, for pages that pretend to be one they are not. */
    otherSiteUrl: (path) => new URL(path, `http://localhost:${actual}`).href,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A page that never finishes loading keeps its connection open: close it rather than wait.
        server.closeAllConnections?.();
      }),
  };
}
