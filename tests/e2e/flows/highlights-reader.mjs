// Issue 19 end to end: highlight a passage in the reader with H, write a note on it, find the story in the
// library by a word of that note, export Markdown and JSON with it, delete the story, import the JSON back,
// and the highlight is there again, drawn on the same words after each reopening.
import { describeViolations, shot } from '../harness/handle.mjs';
import { clickSave, removeSample } from './reading-list.mjs';

export const name = 'highlights: reader highlight with a note, search, Markdown and JSON export, import';

const STORY = '/car-t-memory-cells.html';
const TITLE = 'Longer-lasting CAR-T cells keep cancer and HIV in check in mice';
const PASSAGE = 'marathon runners';
/** A word nowhere in the story: finding the story by it proves the note is in the word index. */
const NOTE = 'Compare endurance with quokkas';
const NOTE_WORD = 'quokkas';
const SEARCH = '[data-testid="list-search"]';
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

/** Selects `words` in the reader's article, as a drag would. */
function selectWords(words) {
  const body = document.querySelector('[data-testid="reader-body"]');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + words.length);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }
  return false;
}

const markText = () => [...document.querySelectorAll('[data-testid="reader-body"] mark.caveat-hl')].map((m) => m.textContent).join('') || null;
const onlyRow = (title) => {
  const r = [...document.querySelectorAll('[data-testid="story-row"]')];
  return r.length === 1 && r[0].querySelector('[data-testid="story-title"]')?.textContent.trim() === title;
};

async function exportSelected(library, format) {
  await library.evaluate((f) => {
    window.__e2eBlobs = [];
    const select = document.querySelector('[data-testid="export-format"]');
    select.value = f;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, format);
  await library.waitFor((f) => document.querySelector('[data-testid="export-format"]').value === f, format, { what: 'the format' });
  await library.clickTestId('export-selected');
  return library.waitFor(async () => (window.__e2eBlobs?.[0] ? window.__e2eBlobs[0].text() : null), undefined, { what: `the ${format} export` });
}

async function openReader(session, path) {
  const reader = await session.openExtensionPage(path);
  await reader.waitForTestId('reader-body');
  return reader;
}

export async function run(session, { server, assert }) {
  await removeSample(session);
  try {
    const popup = await session.openPopup(server.url(STORY));
    try {
      await popup.waitForSettled();
      await clickSave(popup);
      await popup.waitForTestId('save-undo');
    } finally {
      await popup.close();
    }

    const library = await session.openExtensionPage('library.html');
    try {
      await library.waitForTestId('story-row');
      const readerPath = (await library.evaluate(() => document.querySelector('[data-testid="story-title"]').getAttribute('href'))).replace(/^\//, '');

      // 1. Reader: select, H, a note.
      const reader = await openReader(session, readerPath);
      try {
        assert.ok(await reader.evaluate(selectWords, PASSAGE), 'the passage is in the reader');
        await reader.press('h');
        await reader.waitForTestId('highlight-item');
        assert.equal(await reader.text('highlight-quote'), PASSAGE, 'the panel quotes the highlighted words');
        assert.equal(await reader.waitFor(markText, undefined, { what: 'the mark' }), PASSAGE, 'the words are marked in the article');
        assert.equal(await reader.evaluate(() => document.activeElement?.dataset.testid), 'highlight-note', 'the new highlight\'s note takes focus');
        await reader.fill('[data-testid="highlight-note"]', NOTE);
        await reader.clickTestId('highlight-note-save');
        await reader.waitFor((note) => document.querySelector('[data-testid="reader-body"] mark.caveat-hl')?.title === note, NOTE, { what: 'the note saved' });
        const violations = await reader.axe();
        assert.equal(violations.length, 0, `reader with a highlight:\n${describeViolations(violations)}`);
        await shot(reader, session, 'reader-highlight');
      } finally {
        await reader.close();
      }

      // 2. Reopened, the highlight is drawn on the same words.
      const again = await openReader(session, readerPath);
      try {
        assert.equal(await again.waitFor(markText, undefined, { what: 'the mark after reopening' }), PASSAGE);
        assert.equal(await again.evaluate(() => document.querySelector('[data-testid="highlight-note"]').value), NOTE);
      } finally {
        await again.close();
      }

      // 3. Library: a word of the note finds the story; Markdown and JSON carry the highlight.
      await library.fill(SEARCH, NOTE_WORD);
      await library.waitFor(onlyRow, TITLE, { what: `the story found by "${NOTE_WORD}"` });
      await library.evaluate(captureDownloads);
      await library.clickTestId('story-check');
      await library.waitFor(() => !document.querySelector('[data-testid="export-selected"]')?.disabled, undefined, { what: 'the selection' });
      const markdown = await exportSelected(library, 'markdown');
      assert.ok(markdown.includes(`> ${PASSAGE}`), `the Markdown quotes the highlight:\n${markdown.slice(-600)}`);
      assert.ok(markdown.includes(`Note: ${NOTE}`), 'the Markdown has the note');
      const json = await exportSelected(library, 'json');
      const [story] = JSON.parse(json).stories;
      assert.equal(story.highlights.length, 1);
      assert.equal(story.highlights[0].exact, PASSAGE);
      assert.equal(story.highlights[0].note, NOTE);

      // 4. Delete the story, import the JSON: the highlight comes back with it.
      await library.clickTestId('bulk-delete');
      await library.waitForTestId('list-empty');
      await library.evaluate((text) => {
        const input = document.querySelector('[data-testid="import-file"]');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'caveat-reading-list.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, json);
      await library.waitFor(onlyRow, TITLE, { what: 'the imported story, found by the note word' });
      const importedPath = (await library.evaluate(() => document.querySelector('[data-testid="story-title"]').getAttribute('href'))).replace(/^\//, '');
      const imported = await openReader(session, importedPath);
      try {
        assert.equal(await imported.waitFor(markText, undefined, { what: 'the imported highlight' }), PASSAGE);
        assert.equal(await imported.evaluate(() => document.querySelector('[data-testid="highlight-note"]').value), NOTE);
      } finally {
        await imported.close();
      }
    } finally {
      await library.close();
    }
  } finally {
    await removeSample(session);
  }
}
