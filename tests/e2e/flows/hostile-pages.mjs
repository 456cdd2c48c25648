// Issue 21, tried as a hostile page would: pages that stall Caveat get an answer in seconds, pages that are no
// article say so, a page naming Caveat's markers or mark class cannot block or trick it, and no page is told Caveat ran.
export const name = 'hostile pages: stalls answered in time, non-articles named, markers not spoofable';

/** Opens the popup on `path` and returns what it showed and how long it took to settle (from the popup's opening). */
async function popupOn(session, server, path, { loaded = true, timeout = 20_000, keep = false } = {}) {
  const started = Date.now();
  const popup = await session.openPopup(server.url(path), { loaded });
  const opened = Date.now();
  try {
    await popup.waitForSettled({ timeout });
    const result = { ms: Date.now() - opened, total: Date.now() - started, status: await popup.text('status'), title: await popup.text('article-title'), popup };
    return result;
  } finally {
    if (!keep) await popup.close();
  }
}

export async function run(session, { server, assert }) {
  const timings = [];

  // A paragraph of 50,000 links: analysed, within five seconds of opening the popup.
  const links = await popupOn(session, server, '/hostile/links-50000.html');
  timings.push(`50,000 links ${links.ms} ms`);
  assert.equal(links.title, 'A story with fifty thousand links', `the story is analysed: ${links.status}`);
  assert.ok(links.ms < 5_000, `analysed in ${links.ms} ms (limit 5,000)`);

  // A page that never finishes loading, and one whose script builds a tree 2,500 deep: an answer within 10 s.
  for (const [path, loaded] of [['/hostile/never-ending.html', false], ['/hostile/deep-tree.html', true]]) {
    const r = await popupOn(session, server, path, { loaded, timeout: 15_000 });
    timings.push(`${path} ${r.ms} ms`);
    assert.ok(r.ms < 10_000, `${path}: answered in ${r.ms} ms (limit 10,000)`);
    assert.ok(r.title || r.status, `${path}: an analysis or a message`);
  }

  // Not articles: random bytes, a PNG and JSON served as pages, one endless word, search results.
  for (const path of ['/hostile/random.html', '/hostile/image.html', '/hostile/data.json', '/hostile/word.html', '/search?q=memory+t+cells']) {
    const r = await popupOn(session, server, path);
    assert.equal(r.title, null, `${path}: no analysis of a page that is no article`);
    assert.ok(r.status, `${path}: a message says why`);
    if (!/data\.json/.test(path) || session.name === 'chromium') assert.match(r.status, /article/i, `${path}: "not an article", got ${r.status}`);
  }

  // Elements named like the old markers, and the page's own element with the mark class: Caveat reads and marks.
  const spoof = await popupOn(session, server, '/hostile/marker-spoof.html', { keep: true });
  const { popup } = spoof;
  try {
    assert.equal(spoof.title, 'A page that names Caveat', `the popup reads the page: ${spoof.status}`);
    const tab = popup.tab;
    const own = () => ({
      wrap: document.getElementById('own-wrap')?.textContent ?? null,
      style: document.getElementById('caveat-glossary-marks-style')?.textContent ?? null,
      marks: document.querySelectorAll('dfn.caveat-term').length,
    });
    await popup.click('button.glossary-mark');
    await popup.waitFor(() => document.querySelector('button.glossary-mark')?.getAttribute('aria-pressed') === 'true', undefined, { what: 'the words to be marked' });
    const marked = await tab.evaluate(own);
    assert.ok(marked.marks > 0, 'words are marked on the page');
    assert.equal(marked.wrap, 'The page’s own placebo note.', 'the page’s own element is untouched');
    await popup.click('button.glossary-mark');
    await popup.waitFor(() => document.querySelector('button.glossary-mark')?.getAttribute('aria-pressed') === 'false', undefined, { what: 'the marks to go' });
    assert.deepEqual(await tab.evaluate(own), { wrap: 'The page’s own placebo note.', style: '.own { color: inherit; }', marks: 0 }, 'only Caveat’s own marks went');
    // Read, marked and unmarked: the page was posted no message by any of it.
    assert.deepEqual(await tab.evaluate(() => window.heard), [], 'Caveat posts the page no message');
  } finally {
    await popup.close();
  }
  console.log(`    ${session.name}: ${timings.join('; ')}`);
}
