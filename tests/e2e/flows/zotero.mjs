// Issue 19 end to end: Send to Zotero through a fake connector server on Zotero's own port (127.0.0.1:23119).
// Two stories from the library arrive as two news items with Caveat's notes and their two papers; the popup sends
// one; with Zotero stopped, the library says so and hands over the RIS and BibTeX files instead.
import { startFakeZotero } from '../../support/fake-zotero.mjs';
import { describeViolations, shot } from '../harness/handle.mjs';
import { clickSave } from './reading-list.mjs';

export const name = 'Send to Zotero: two stories and their papers, the popup, Zotero not running';

const STORIES = [
  { page: '/car-t-memory-cells.html', title: 'Longer-lasting CAR-T cells keep cancer and HIV in check in mice', word: 'marathon', journal: 'Science Advances' },
  { page: '/claims-coffee-cohort.html', title: 'Drinking coffee cuts the risk of liver cancer', word: 'coffee', journal: 'Journal of Hepatology' },
];
const ZOTERO_PORT = 23119;
function captureDownloads() {
  window.__e2eBlobs = [];
  URL.createObjectURL = (blob) => {
    window.__e2eBlobs.push(blob);
    return `blob:e2e-${window.__e2eBlobs.length}`;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function click() {
    window.__e2eDownloadName = this.download;
  };
}

/** Deletes the stories with these titles through the library, whatever an earlier run left behind. */
async function removeStories(session, titles) {
  const library = await session.openExtensionPage('library.html');
  try {
    await library.waitForTestId('list-count');
    await library.waitFor(() => !!document.querySelector('[data-testid="story-row"], [data-testid="list-empty"]'), undefined, { what: 'the list' });
    const picked = await library.evaluate((wanted) => {
      let n = 0;
      for (const row of document.querySelectorAll('[data-testid="story-row"]')) {
        if (wanted.includes(row.querySelector('[data-testid="story-title"]')?.textContent.trim())) {
          row.querySelector('[data-testid="story-check"]').click();
          n++;
        }
      }
      return n;
    }, titles);
    if (!picked) return;
    await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'the selection' });
    await library.clickTestId('bulk-delete');
    await library.waitFor((wanted) => ![...document.querySelectorAll('[data-testid="story-title"]')].some((t) => wanted.includes(t.textContent.trim())), titles, { what: 'the stories to go' });
  } finally {
    await library.close();
  }
}

export async function run(session, { server, assert }) {
  const titles = STORIES.map((s) => s.title);
  let zotero = await startFakeZotero(ZOTERO_PORT).catch((error) => {
    throw new Error(`the fake Zotero needs port ${ZOTERO_PORT} (Zotero's own); is Zotero running here? ${error.message}`);
  });
  await removeStories(session, titles);
  try {
    for (const s of STORIES) {
      const popup = await session.openPopup(server.url(s.page));
      try {
        await popup.waitForSettled();
        await clickSave(popup);
        await popup.waitForTestId('save-undo');
      } finally {
        await popup.close();
      }
    }

    const library = await session.openExtensionPage('library.html');
    try {
      await library.waitFor((wanted) => wanted.every((t) => [...document.querySelectorAll('[data-testid="story-title"]')].some((el) => el.textContent.trim() === t)), titles, { what: 'both stories' });
      await library.evaluate((wanted) => {
        for (const row of document.querySelectorAll('[data-testid="story-row"]')) {
          if (wanted.includes(row.querySelector('[data-testid="story-title"]')?.textContent.trim())) row.querySelector('[data-testid="story-check"]').click();
        }
      }, titles);
      await library.waitFor(() => /\b2\b/.test(document.querySelector('[data-testid="zotero-send-button"]')?.textContent ?? ''), undefined, { what: 'Send 2 to Zotero' });

      // 1. Two stories → two news items with notes, and their two papers related to them.
      await library.clickTestId('zotero-send-button');
      await library.waitForTestId('zotero-sent');
      const items = zotero.savedItems();
      const news = items.filter((i) => i.itemType === 'newspaperArticle');
      const papers = items.filter((i) => i.itemType === 'journalArticle');
      assert.deepEqual(news.map((i) => i.title).sort(), [...titles].sort(), 'two news items, one per story');
      assert.deepEqual(papers.map((i) => i.publicationTitle).sort(), STORIES.map((s) => s.journal).sort(), 'their two papers, with their journals');
      for (const item of news) {
        assert.match(item.notes[0]?.note ?? '', /<h1>Caveat: .*Study type: /s, `a note with the analysis on "${item.title}"`);
        assert.equal(papers.filter((p) => item.seeAlso.includes(p.id) && p.seeAlso.includes(item.id)).length, 1, 'each news item is related to its paper');
      }
      assert.ok(zotero.requests.every((r) => r.headers['x-zotero-connector-api-version'] === '3'), 'every call says the connector API version');
      assert.equal(zotero.requests[0].path, '/connector/ping', 'Caveat checks that Zotero is running first');

      // 2. Zotero stopped: the library says so and offers the files.
      await zotero.close();
      zotero = null;
      await library.evaluate(captureDownloads);
      await library.clickTestId('zotero-send-button');
      await library.waitForTestId('zotero-failed');
      assert.match(await library.text('zotero-failed'), /Zotero is not running/, 'a clear message');
      await library.clickTestId('zotero-fallback-ris');
      const ris = await library.waitFor(async () => (window.__e2eBlobs?.[0] ? window.__e2eBlobs[0].text() : null), undefined, { what: 'the RIS file' });
      assert.equal((ris.match(/^TY {2}- NEWS/gm) ?? []).length, 2, 'the RIS file holds both stories');
      assert.match(await library.evaluate(() => window.__e2eDownloadName), /\.ris$/);
      await library.clickTestId('zotero-fallback-bibtex');
      await library.waitFor(() => /\.bib$/.test(window.__e2eDownloadName ?? ''), undefined, { what: 'the BibTeX file' });
      const violations = await library.axe();
      assert.equal(violations.length, 0, `library with the Zotero message:\n${describeViolations(violations)}`);
      await shot(library, session, 'zotero-not-running');
    } finally {
      await library.close();
    }

    // 3. The popup sends the story it shows.
    zotero = await startFakeZotero(ZOTERO_PORT);
    const popup = await session.openPopup(server.url(STORIES[0].page));
    try {
      await popup.waitForSettled();
      await popup.clickTestId('zotero-send-button');
      await popup.waitForTestId('zotero-sent');
      const items = zotero.savedItems();
      assert.deepEqual(items.map((i) => i.itemType), ['newspaperArticle', 'journalArticle']);
      assert.equal(items[0].title, STORIES[0].title);
      await shot(popup, session, 'zotero-popup-sent');
    } finally {
      await popup.close();
    }
  } finally {
    await zotero?.close();
    await removeStories(session, titles);
  }
}
