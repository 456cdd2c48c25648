// A local stand-in for Crossref and Unpaywall: replays the hand-written answers in this folder (shaped like the real
// APIs' JSON) so unit, CLI and end-to-end tests never leave the machine. Used from Vitest and from the e2e harness.
//   /crossref/works/{doi}          Crossref's work record (404 "Resource not found." for an unknown DOI)
//   /crossref/works?query…         a bibliographic search
//   /unpaywall/v2/{doi}?email=…    Unpaywall (422 without an email, 404 for an unknown DOI)
//   /down/…                        the connection is dropped (the network failing)
//   /slow/…                        never answers (a timeout)
//   /busy/…                        HTTP 429 "Too Many Requests" for everything (Crossref's rate limit)
// No answer carries CORS headers: an extension reaches it only with the host permission it asked for.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const load = (name) => JSON.parse(readFileSync(here(name), 'utf8'));

/** Fake DOIs (10.5555 is Crossref's example prefix; the preprint's year 2099 marks it as made up). */
export const PAPER_DOIS = {
  retracted: '10.5555/caveat.retracted',
  corrected: '10.5555/caveat.corrected',
  preprint: '10.1101/2099.01.02.24399999',
  published: '10.5555/caveat.published',
  clean: '10.5555/caveat.clean',
  candidate: '10.5555/caveat.candidate',
  rateLimited: '10.5555/caveat.ratelimited',
  serverError: '10.5555/caveat.servererror',
  unknown: '10.5555/caveat.unknown',
};

const CROSSREF = {
  [PAPER_DOIS.retracted]: 'crossref-retracted.json',
  [PAPER_DOIS.corrected]: 'crossref-corrected.json',
  [PAPER_DOIS.preprint]: 'crossref-preprint.json',
  [PAPER_DOIS.published]: 'crossref-published.json',
  [PAPER_DOIS.clean]: 'crossref-clean.json',
  [PAPER_DOIS.candidate]: 'crossref-candidate.json',
};

const UNPAYWALL = {
  [PAPER_DOIS.retracted]: 'unpaywall-closed.json',
  [PAPER_DOIS.corrected]: 'unpaywall-repository.json',
  [PAPER_DOIS.preprint]: 'unpaywall-preprint.json',
  [PAPER_DOIS.clean]: 'unpaywall-publisher.json',
};

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain' : 'application/json';
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function crossref(path, url, res) {
  if (path === '/works') return send(res, 200, load('crossref-search.json'));
  const doi = decodeURIComponent(path.replace(/^\/works\//, '')).toLowerCase();
  if (doi === PAPER_DOIS.rateLimited) return send(res, 429, 'Too Many Requests', { 'retry-after': '1' });
  if (doi === PAPER_DOIS.serverError) return send(res, 503, 'Service Unavailable');
  const file = CROSSREF[doi];
  return file ? send(res, 200, load(file)) : send(res, 404, 'Resource not found.');
}

function unpaywall(path, url, res) {
  const email = url.searchParams.get('email') ?? '';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || /@example\.com$/i.test(email)) {
    return send(res, 422, { HTTP_status_code: 422, error: true, message: 'Please use your own email address in API calls.' });
  }
  const doi = decodeURIComponent(path.replace(/^\/v2\//, '')).toLowerCase();
  if (doi === PAPER_DOIS.rateLimited) return send(res, 429, { HTTP_status_code: 429, error: true, message: 'Too many requests' });
  const file = UNPAYWALL[doi];
  return file ? send(res, 200, load(file)) : send(res, 404, { HTTP_status_code: 404, error: true, message: `'${doi}' is an invalid doi.` });
}

/**
 * Starts the fake on `host` (127.0.0.2 by default in the e2e harness, so the extension's e2e-only host permission for
 * 127.0.0.1 does not cover it) at a free port. `requests` lists every request, in order, for tests to inspect.
 */
export async function startPaperApi({ host = '127.0.0.1', port = 0 } = {}) {
  const requests = [];
  const hanging = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), at: Date.now(), headers: req.headers });
    let path = url.pathname;
    if (path.startsWith('/down/')) return req.socket.destroy();
    if (path.startsWith('/slow/')) return void hanging.add(res);
    if (path.startsWith('/busy/')) return send(res, 429, 'Too Many Requests', { 'retry-after': '60' });
    if (path.startsWith('/crossref/')) return crossref(path.slice('/crossref'.length), url, res);
    if (path.startsWith('/unpaywall/')) return unpaywall(path.slice('/unpaywall'.length), url, res);
    send(res, 404, 'not found');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    requests,
    /** API bases for the client: `prefix` '' (working), '/down' (network failing), '/slow' (no answer) or '/busy' (429). */
    api: (prefix = '', contact = 'reader@caveat.test') => ({ crossref: `${origin}${prefix}/crossref`, unpaywall: `${origin}${prefix}/unpaywall/v2`, contact }),
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy?.();
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
