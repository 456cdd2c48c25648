// Pages made on request for the hostile-page flows: what a page can do to trick or stall Caveat. All words are
// the project's own; nothing leaves 127.0.0.1.

const PARAGRAPHS = [
  'Researchers gave an experimental zebraquill vaccine to forty volunteers in a small phase 1 trial and measured their antibodies for six months.',
  'The team reported that the memory T cells made after the second dose were still present at the end of the study.',
  'The results were published in a peer-reviewed journal, and the authors cautioned that larger trials in people are needed.',
  'Independent experts said the study was small and that it did not show whether the vaccine prevents disease.',
];
const story = (title, extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${extra}${PARAGRAPHS.map((p) => `<p>${p.replace('Researchers', 'Scientists')}</p>`).join('')}</article></body></html>`;

/** A seeded generator of bytes (mulberry32), so the "random" pages are the same each run. */
function bytes(n, seed) {
  let a = seed >>> 0;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

const HTML = 'text/html; charset=utf-8';
let beacons = 0;

/** A word only these stories hold, so a flow can find (and remove) exactly them in the library. */
export const HOSTILE_WORD = 'zebraquill';

/** path → (req, res) handler; the server tries these before its files. */
export const HOSTILE_ROUTES = {
  '/hostile/links-50000.html': (req, res) => {
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="https://ref${i % 50}.example/${i}">ref ${i}</a>`).join(' ');
    send(res, HTML, story('A story with fifty thousand links', `<p>See ${links}.</p>`));
  },
  // Sends a story, then keeps the page loading for as long as the browser listens.
  '/hostile/never-ending.html': (req, res) => {
    res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store' });
    res.write(story('A page that never finishes loading').replace('</article></body></html>', '</article>'));
    const timer = setInterval(() => res.write('<!-- still loading -->\n'), 500);
    req.on('close', () => clearInterval(timer));
  },
  // A tree 2,500 elements deep, built by the page’s own script (Chromium’s own renderer crashes from about 3,000).
  '/hostile/deep-tree.html': (req, res) =>
    send(res, HTML, story('A page built deep', '<div id="deep"></div><script>let el = document.getElementById("deep"); for (let i = 0; i < 2500; i++) { const d = document.createElement("div"); el.appendChild(d); el = d; } el.textContent = "The bottom of the tree.";</script>')),
  '/hostile/random.html': (req, res) => send(res, 'text/html', bytes(60_000, 7)),
  '/hostile/image.html': (req, res) => send(res, 'text/html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), bytes(40_000, 11)])),
  '/hostile/data.json': (req, res) =>
    send(res, 'application/json', JSON.stringify({ query: 'vaccine', items: Array.from({ length: 40 }, (_, i) => ({ id: i, title: `Vaccine trial update ${i}`, summary: PARAGRAPHS[i % 4] })) }, null, 2)),
  '/hostile/word.html': (req, res) => send(res, HTML, `<!doctype html><html><head><title>Word</title></head><body><article><h1>Word</h1><p>${'abc!d'.repeat(60_000)}</p></article></body></html>`),
  '/search': (req, res) => {
    const topics = ['memory T cells in mice', 'a memory T cell vaccine', 'T cells and memory', 'CAR-T memory cells', 'memory cells after infection', 'the memory of T cells', 'T cell memory in old age', 'memory T cells and HIV'];
    const results = topics.map((t, i) => `<li><h3><a href="https://site${i}.example/news/${i}">${t}: what the new study found</a></h3><cite>site${i}.example › news</cite><p>${i + 2} days ago … Researchers describe ${t} and how long they last …</p></li>`).join('');
    send(res, HTML, `<!doctype html><html><head><title>memory t cells - Search</title></head><body><form role="search"><input type="search" name="q" value="memory t cells"><button>Search</button></form><main><ol>${results}</ol></main></body></html>`);
  },
  // Elements named like Caveat's old "already injected" markers, and the page's own elements with its mark class and style id.
  '/hostile/marker-spoof.html': (req, res) =>
    send(
      res,
      HTML,
      story('A page that names Caveat', '<div id="__caveatContentReady"></div><form name="__caveatGlossaryMarksReady"></form><img name="__caveatSanitizeReady" alt=""><p><span class="caveat-term-wrap" id="own-wrap">The page’s own placebo note.</span></p>')
        // The page listens for messages: Caveat's injected scripts must post it none (WXT's content-script wrapper did,
        // telling any page that Caveat had just been opened on it).
        .replace('</head>', '<style id="caveat-glossary-marks-style">.own { color: inherit; }</style><script>window.heard = []; addEventListener("message", (e) => window.heard.push(JSON.stringify(e.data)));</script></head>'),
    ),
  // A story with an image from "the web" (this server) that counts each time it is fetched, and one kept inline.
  '/hostile/images.html': (req, res) =>
    send(res, HTML, story('A story with pictures', '<figure><img src="/hostile/beacon.png" alt="A chart of antibody levels" width="40" height="40"><figcaption>Antibody levels over six months.</figcaption></figure><p><img alt="An inline dot" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="></p>')),
  '/hostile/beacon.png': (req, res) => {
    beacons++;
    send(res, 'image/png', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  },
  '/hostile/beacon-count': (req, res) => send(res, 'application/json', JSON.stringify({ beacons })),
  // A long story with megabytes of inline images: more than a backup may hold of its markup.
  '/hostile/inline-images.html': (req, res) => {
    const image = `<figure><img alt="A scan" src="data:image/png;base64,iVBORw0KGgo${'A'.repeat(2_000_000)}="><figcaption>A scan.</figcaption></figure>`;
    send(res, HTML, story('A story with large inline images', image.repeat(3)));
  },
  // A page whose canonical link names another site's story (the query says which).
  '/hostile/impostor.html': (req, res) => {
    const target = new URL(req.url, 'http://x').searchParams.get('canonical') ?? '';
    send(res, HTML, story('An impostor copy').replace('</head>', `<link rel="canonical" href="${target.replace(/"/g, '&quot;')}"></head>`));
  },
  '/hostile/story.html': (req, res) => send(res, HTML, story('The original story')),
};

function send(res, type, body) {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
