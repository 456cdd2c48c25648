// Issue 6 end to end: save the sample story from the popup, find it in the library by a word deep in
// its body, tag it, export JSON, delete it, import the file back, and read it with glossary marks.
import { describeViolations } from '../harness/handle.mjs';

export const name = 'reading list: save, search, tag, export, delete, import, read';

const STORY = '/car-t-memory-cells.html';
const TITLE = 'Longer-lasting CAR-T cells keep cancer and HIV in check in mice';
/** In the story's body, not its title or excerpt: finding it proves full-text search. */
const DEEP_WORD = 'marathon';
const NONSENSE = 'zqxvjwkplm';
const TAG = 'e2e-immunology';
const SEARCH = '[data-testid="list-search"]';

/** Sets a text field. Firefox's fill selects and types, so typing nothing leaves the old text: Backspace clears it. */
async function setField(page, selector, text) {
  await page.fill(selector, text);
  if (!text) await page.press('Backspace');
}

/** Rows the list shows now: title, tags, id. */
function rows() {
  return [...document.querySelectorAll('[data-testid="story-row"]')].map((r) => ({
    id: Number(r.dataset.storyId),
    title: r.querySelector('[data-testid="story-title"]')?.textContent.trim(),
    tags: [...r.querySelectorAll('[data-testid="story-tag"]')].map((t) => t.textContent.trim()),
    checked: r.querySelector('[data-testid="story-check"]')?.checked ?? false,
  }));
}

const onlyRow = (title) => {
  const r = [...document.querySelectorAll('[data-testid="story-row"]')];
  return r.length === 1 && r[0].querySelector('[data-testid="story-title"]')?.textContent.trim() === title;
};
const toastMatches = (source) => new RegExp(source, 'i').test(document.querySelector('[data-testid="toast"]')?.textContent ?? '');

/** Keeps what the page would download: the Blob handed to createObjectURL; the download click does nothing. */
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

/** Removes the sample story through the library UI, whatever state a failed run left it in. */
/** Clicks the popup's Save once the button is ready (it waits for the analysis). */
export async function clickSave(popup) {
  await popup.waitFor(() => !document.querySelector('[data-testid="save-button"]')?.disabled, undefined, { what: 'the save button to be ready' });
  await popup.clickTestId('save-button');
}

export async function removeSample(session) {
  const library = await session.openExtensionPage('library.html');
  try {
    await library.waitForTestId('list-count');
    await setField(library, SEARCH, DEEP_WORD);
    // Wait for the filtered list (the search is debounced) so nothing but the sample is ever selected.
    const found = await library.waitFor(
      (title) => {
        if (document.querySelector('[data-testid="list-empty"]')) return 'none';
        const r = [...document.querySelectorAll('[data-testid="story-row"]')];
        return r.length === 1 && r[0].querySelector('[data-testid="story-title"]')?.textContent.trim() === title ? 'one' : null;
      },
      TITLE,
      { what: 'the filtered list' },
    );
    if (found === 'none') return;
    await library.clickTestId('select-shown');
    await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'a selection' });
    await library.clickTestId('bulk-delete');
    await library.waitForTestId('list-empty');
  } finally {
    await library.close();
  }
}

export async function run(session, { server, assert }) {
  await removeSample(session); // a clean start, even after an earlier failed run
  try {
    // 1. Popup: save, undo, save again.
    const popup = await session.openPopup(server.url(STORY));
    try {
      await popup.waitForSettled();
      await clickSave(popup);
      await popup.waitForTestId('save-state');
      assert.match(await popup.text('save-state'), /saved/i, 'the popup says the story is saved');
      await popup.clickTestId('save-undo');
      await popup.waitFor(() => !document.querySelector('[data-testid="save-button"]')?.disabled, undefined, { what: 'undo to bring the save button back' });
      await popup.clickTestId('save-button');
      await popup.waitForTestId('save-undo');
    } finally {
      await popup.close();
    }

    const library = await session.openExtensionPage('library.html');
    try {
      // 2. Full-text search: a body word finds it, a nonsense word gives the empty message.
      await library.waitForTestId('story-row');
      await setField(library, SEARCH, DEEP_WORD);
      await library.waitFor(onlyRow, TITLE, { what: `one row for "${DEEP_WORD}"` });
      await setField(library, SEARCH, NONSENSE);
      await library.waitForTestId('list-empty');
      assert.match(await library.text('list-empty'), /no saved story matches/i, 'the no-match message, not the empty-list one');
      assert.match(await library.text('list-count'), /\b0\b/, 'the count says 0');
      await setField(library, SEARCH, '');
      await library.waitForTestId('story-row');
      await setField(library, SEARCH, DEEP_WORD);
      await library.waitFor(onlyRow, TITLE, { what: 'the story again' });

      // A search that hides a selected story takes it out of the selection: bulk actions touch only visible rows.
      await library.clickTestId('story-check');
      await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'the selection' });
      await setField(library, SEARCH, NONSENSE);
      await library.waitForTestId('list-empty');
      await library.waitFor(() => document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'the hidden story to leave the selection' });
      await setField(library, SEARCH, DEEP_WORD);
      await library.waitFor(onlyRow, TITLE, { what: 'the story again' });
      assert.equal(await library.evaluate(() => document.querySelector('[data-testid="story-check"]').checked), false, 'the story comes back unselected');

      // 3. Tag it through the bulk bar.
      await library.clickTestId('story-check');
      await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'the selection' });
      await setField(library, '[data-testid="bulk-tag-input"]', TAG);
      await library.waitFor(() => !document.querySelector('[data-testid="bulk-tag-add"]')?.disabled, undefined, { what: 'the add-tag button' });
      await library.clickTestId('bulk-tag-add');
      await library.waitFor((tag) => [...document.querySelectorAll('[data-testid="story-tag"]')].some((t) => t.textContent.trim() === tag), TAG, { what: 'the tag on the row' });

      // 4. Export the selection as JSON and read the file the page would have saved.
      await library.evaluate(captureDownloads);
      assert.equal(await library.evaluate(() => document.querySelector('[data-testid="export-format"]').value), 'json', 'JSON is the default format');
      await library.clickTestId('export-selected');
      const exported = await library.waitFor(async () => (window.__e2eBlobs?.[0] ? window.__e2eBlobs[0].text() : null), undefined, { what: 'the export' });
      const fileName = await library.evaluate(() => window.__e2eDownloadName);
      assert.match(fileName ?? '', /\.json$/, `the download is a .json file: ${fileName}`);
      const backup = JSON.parse(exported);
      assert.equal(backup.stories.length, 1, 'the selected story only');
      assert.equal(backup.stories[0].title, TITLE);
      assert.deepEqual(backup.stories[0].tags, [TAG], 'the tag is in the export');
      assert.ok(backup.stories[0].text.includes(DEEP_WORD), 'the story text is in the export');

      // 5. Delete it; Undo brings it back; delete again.
      await library.clickTestId('bulk-delete');
      await library.waitForTestId('list-empty');
      await library.waitForTestId('toast-undo');
      await library.clickTestId('toast-undo');
      await library.waitFor(onlyRow, TITLE, { what: 'undo to restore the story' });
      await library.clickTestId('story-check');
      await library.waitFor(() => document.querySelector('[data-testid="story-check"]')?.checked, undefined, { what: 'the row to be selected' });
      await library.clickTestId('bulk-delete');
      await library.waitForTestId('list-empty');

      // 6. Import the exported file: the report says 1 added, and the story is back with its tag.
      await library.evaluate((text) => {
        const input = document.querySelector('[data-testid="import-file"]');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'caveat-reading-list.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, exported);
      await library.waitFor(toastMatches, '\\b1 added', { what: 'the import report' });
      assert.match(await library.text('toast'), /1 added, 0 updated, 0 skipped/, 'the import report counts');
      await library.waitFor(onlyRow, TITLE, { what: 'the imported story' });
      const [row] = await library.evaluate(rows);
      assert.deepEqual(row.tags, [TAG], 'the imported story keeps its tag');

      const libraryViolations = await library.axe();
      assert.equal(libraryViolations.length, 0, `library:\n${describeViolations(libraryViolations)}`);

      // 7. Open the reader from the title link: the article text with glossary marks.
      const href = await library.evaluate(() => document.querySelector('[data-testid="story-title"]').getAttribute('href'));
      assert.match(href, /reader\.html\?id=\d+$/, `the title links to the reader: ${href}`);
      await library.clickTestId('story-title');
      await library.waitFor(() => /\/reader\.html\?id=\d+$/.test(location.href), undefined, { what: 'the title link to open the reader' });
      await library.waitFor(() => !!document.querySelector('[data-testid="reader-body"], [data-testid="reader-missing"]'), undefined, { what: 'the reader to load' });
      assert.equal(await library.exists('reader-missing'), false, `the reader finds the story: ${await library.text('reader-missing')}`);
      assert.equal(await library.text('reader-title'), TITLE);
      const body = await library.waitFor(() => {
        const el = document.querySelector('[data-testid="reader-body"]');
        if (!el?.querySelector('dfn.caveat-term')) return null;
        // The article's own words: tooltips (the definitions) are added text, so drop them from a copy.
        const copy = el.cloneNode(true);
        for (const tip of copy.querySelectorAll('.caveat-tip')) tip.remove();
        return { text: copy.textContent.replace(/\s+/g, ' '), marks: [...el.querySelectorAll('dfn.caveat-term')].map((d) => d.dataset.caveatTerm) };
      }, undefined, { what: 'glossary marks in the reader' });
      assert.ok(body.text.includes('Memory T cells are the marathon runners'), 'the reader shows the article text');
      assert.ok(body.marks.some((t) => /memory T cell/i.test(t)), `glossary terms are marked: ${[...new Set(body.marks)].join(', ')}`);
      assert.match(await library.text('reader-tags'), new RegExp(TAG), 'the reader shows the tag');
      const readerViolations = await library.axe();
      assert.equal(readerViolations.length, 0, `reader:\n${describeViolations(readerViolations)}`);

      // 8. The same two pages in the dark theme.
      const readerPath = href.replace(/^\//, '');
      for (const path of ['library.html', readerPath]) {
        const dark = await session.openExtensionPage(path, { colorScheme: 'dark' });
        try {
          await dark.waitForTestId(path === 'library.html' ? 'story-row' : 'reader-body');
          assert.ok(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${path} is in the dark theme`);
          const violations = await dark.axe();
          assert.equal(violations.length, 0, `${path} (dark):\n${describeViolations(violations)}`);
        } finally {
          await dark.close();
        }
      }
    } finally {
      await library.close();
    }
  } finally {
    await removeSample(session);
  }
}
