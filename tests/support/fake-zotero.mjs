// A stand-in for Zotero's local connector server (127.0.0.1 only): answers /connector/ping and /connector/saveItems
// as Zotero does and records every request, so unit and end-to-end tests can check what Caveat sent.
import { createServer } from 'node:http';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, X-Zotero-Connector-API-Version, X-Zotero-Version',
};

/** Starts the fake on `port` (0: any free port). `requests`: [{path, headers, body}] in order. */
export async function startFakeZotero(port = 0) {
  const requests = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(200, CORS).end();
        return;
      }
      let body = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      requests.push({ path: req.url, method: req.method, headers: req.headers, body });
      // Zotero refuses connector calls that do not say which protocol they speak.
      if (!req.headers['x-zotero-connector-api-version']) {
        res.writeHead(400, { ...CORS, 'Content-Type': 'text/plain' }).end('Missing X-Zotero-Connector-API-Version');
        return;
      }
      if (req.url === '/connector/ping') {
        res.writeHead(200, { ...CORS, 'Content-Type': 'application/json', 'X-Zotero-Version': '7.0.0' }).end(JSON.stringify({ prefs: { automaticSnapshots: false } }));
      } else if (req.url === '/connector/saveItems') {
        res.writeHead(201, { ...CORS, 'Content-Type': 'application/json' }).end(JSON.stringify({ items: body?.items ?? [] }));
      } else {
        res.writeHead(404, CORS).end('No endpoint');
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    base: `http://127.0.0.1:${actual}`,
    requests,
    /** The items of every saveItems request, in order. */
    savedItems: () => requests.filter((r) => r.path === '/connector/saveItems').flatMap((r) => r.body?.items ?? []),
    // A browser keeps its connection open: drop it, so Zotero is really gone and close() does not wait for it.
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
