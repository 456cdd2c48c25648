// Issue 19 end to end: highlight words on the live page from the popup, with a note; the story is saved with it.
// Reopened after the page changed a little (a paragraph added above, a word changed inside the passage), the
// highlight is drawn again on the changed words; the library finds the story by a word of the note, and the reader
// shows the same highlight.
import { createServer } from 'node:http';
import { describeViolations, shot } from '../harness/handle.mjs';

export const name = 'highlights: on the live page with a note, again after the page changed, in library and reader';

const TITLE = 'Nasal spray flu vaccine protects ferrets in a small study';
const PASSAGE = 'the ferrets given the nasal spray stayed free of fever';
const CHANGED = 'the ferrets given the nasal vaccine stayed free of fever';
const NOTE = 'Ask whether wombats were tested too';
const NOTE_WORD = 'wombats';
// The project's own words; version 2 adds an update above and changes one word inside the highlighted passage.
const PARAGRAPHS = [
  'Researchers at a veterinary school tested a flu vaccine sprayed into the nose of twenty ferrets, animals often used to study flu because they catch it much as people do.',
  `Two weeks after the second dose the team exposed all of them to the virus, and ${PASSAGE}, while most of the others fell ill within three days.`,
  'The study was published in a peer-reviewed journal. The authors say the spray still has to be tested in people, and that twenty animals is a small number.',
  'An independent virologist said the result was encouraging but that ferrets do not always predict how a vaccine works in humans, so trials in volunteers are needed next.',
];
function page(version) {
  const paragraphs = version === 1 ? PARAGRAPHS : ['Update: this story now links to the published paper.', ...PARAGRAPHS.map((p) => p.replace(PASSAGE, CHANGED))];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>By Jo Example</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** Selects `words` on the page, as a drag would. */
function selectWords(words) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + words.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return true;
  }
  return false;
}
const pageMarks = () => [...document.querySelectorAll('mark.caveat-hl')].map((m) => m.textContent).join('') || null;

async function removeStory(session) {
  const library = await session.openExtensionPage('library.html');
  try {
    await library.waitFor(() => !!document.querySelector('[data-testid="story-row"], [data-testid="list-empty"]'), undefined, { what: 'the list' });
    const found = await library.evaluate((title) => {
      const row = [...document.querySelectorAll('[data-testid="story-row"]')].find((r) => r.querySelector('[data-testid="story-title"]')?.textContent.trim() === title);
      row?.querySelector('[data-testid="story-check"]').click();
      return !!row;
    }, TITLE);
    if (!found) return;
    await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'the selection' });
    await library.clickTestId('bulk-delete');
    await library.waitFor((title) => ![...document.querySelectorAll('[data-testid="story-title"]')].some((t) => t.textContent.trim() === title), TITLE, { what: 'the story to go' });
  } finally {
    await library.close();
  }
}

export async function run(session, { assert }) {
  let version = 1;
  const server = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page(version)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/ferret-vaccine.html`;
  await removeStory(session);
  try {
    // 1. Select on the page, highlight from the popup, write a note.
    const popup = await session.openPopup(url);
    try {
      await popup.waitForSettled();
      assert.ok(await popup.tab.evaluate(selectWords, PASSAGE), 'the passage is on the page');
      await popup.clickTestId('page-highlight-add');
      await popup.waitForTestId('highlight-item');
      assert.equal(await popup.text('highlight-quote'), PASSAGE);
      assert.equal(await popup.tab.waitFor(pageMarks, undefined, { what: 'the mark on the page' }), PASSAGE, 'the words are marked on the page');
      await popup.waitForTestId('save-state');
      assert.match(await popup.text('save-state'), /saved/i, 'highlighting saved the story, and the popup says so');
      await popup.fill('[data-testid="highlight-note"]', NOTE);
      await popup.clickTestId('highlight-note-save');
      await popup.tab.waitFor((note) => document.querySelector('mark.caveat-hl')?.title === note, NOTE, { what: 'the note on the page' });
      const violations = await popup.axe();
      assert.equal(violations.length, 0, `popup with a highlight:\n${describeViolations(violations)}`);
      await shot(popup, session, 'popup-page-highlight');
      await shot(popup.tab, session, 'live-page-highlight');
    } finally {
      await popup.close();
    }

    // 2. The page changed a little; reopened, the popup draws the highlight on the changed words.
    version = 2;
    const again = await session.openPopup(url);
    try {
      await again.waitForSettled();
      assert.equal(await again.tab.waitFor(pageMarks, undefined, { what: 'the highlight on the changed page' }), CHANGED, 'drawn on the changed passage');
      assert.equal(await again.evaluate(() => document.querySelector('[data-testid="highlight-note"]').value), NOTE);
      assert.equal(await again.evaluate(() => document.querySelectorAll('.highlight-missing').length), 0, 'not reported missing');
    } finally {
      await again.close();
    }

    // 3. The library finds the story by a word of the note; the reader shows the highlight.
    const library = await session.openExtensionPage('library.html');
    try {
      await library.waitForTestId('list-count');
      await library.fill('[data-testid="list-search"]', NOTE_WORD);
      await library.waitFor((title) => {
        const rows = [...document.querySelectorAll('[data-testid="story-row"]')];
        return rows.length === 1 && rows[0].querySelector('[data-testid="story-title"]')?.textContent.trim() === title;
      }, TITLE, { what: `the story found by "${NOTE_WORD}"` });
      await library.clickTestId('story-title');
      await library.waitFor(() => /\/reader\.html\?id=\d+$/.test(location.href), undefined, { what: 'the reader' });
      const inReader = await library.waitFor(() => [...document.querySelectorAll('[data-testid="reader-body"] mark.caveat-hl')].map((m) => m.textContent).join('') || null, undefined, { what: 'the highlight in the reader' });
      assert.equal(inReader, PASSAGE, 'the reader (the copy saved with the first version) marks the passage');
      assert.equal(await library.evaluate(() => document.querySelector('[data-testid="highlight-note"]').value), NOTE);
    } finally {
      await library.close();
    }
  } finally {
    await removeStory(session);
    // The browser keeps its connection open; close it, or close() waits for it forever.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
