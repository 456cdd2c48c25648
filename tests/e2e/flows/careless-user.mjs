// Issue 21, tried as a careless user would: a backup of stories with megabytes of inline images restores whole,
// a broken story in a backup costs only itself, a page on another site cannot pass for a saved story, the reader
// fetches no image from the web until asked, and notes open in two tabs never overwrite each other silently.
import { describeViolations, shot } from '../harness/handle.mjs';
import { HOSTILE_WORD } from '../harness/hostile-routes.mjs';
import { clickSave } from './reading-list.mjs';

export const name = 'careless user: backups restore, impostors stay apart, images wait, notes in two tabs';

const TITLES = ['A story with large inline images', 'A story with pictures', 'The original story'];
const SEARCH = '[data-testid="list-search"]';

async function search(library, word) {
  await library.fill(SEARCH, word);
  await library.waitFor(() => !!document.querySelector('[data-testid="story-row"], [data-testid="list-empty"]'), undefined, { what: 'the search' });
}

const shownTitles = () => [...document.querySelectorAll('[data-testid="story-title"]')].map((a) => a.textContent.trim()).sort();

/** Deletes every story holding the hostile pages' word, through the library. */
async function removeHostile(session) {
  const library = await session.openExtensionPage('library.html');
  try {
    await library.waitForTestId('list-count');
    await search(library, HOSTILE_WORD);
    await new Promise((r) => setTimeout(r, 400)); // the search is debounced
    if (await library.exists('list-empty')) return;
    await library.clickTestId('select-shown');
    await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'a selection' });
    await library.clickTestId('bulk-delete');
    await library.waitForTestId('list-empty');
  } finally {
    await library.close();
  }
}

async function save(session, url) {
  const popup = await session.openPopup(url);
  try {
    await popup.waitForSettled({ timeout: 30_000 });
    await clickSave(popup);
    await popup.waitForTestId('save-state', { timeout: 30_000 });
  } finally {
    await popup.close();
  }
}

function captureDownloads() {
  window.__e2eBlobs = [];
  URL.createObjectURL = (blob) => (window.__e2eBlobs.push(blob), `blob:e2e-${window.__e2eBlobs.length}`);
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function click() {};
}

const beacons = async (server) => (await (await fetch(server.url('/hostile/beacon-count'))).json()).beacons;

export async function run(session, { server, assert }) {
  await removeHostile(session);
  try {
    for (const title of TITLES) await save(session, server.url(`/hostile/${title === TITLES[0] ? 'inline-images' : title === TITLES[1] ? 'images' : 'story'}.html`));

    // A page on another site whose canonical link names the saved story: the popup offers to save it, apart.
    const impostor = await session.openPopup(server.otherSiteUrl(`/hostile/impostor.html?canonical=${encodeURIComponent(server.url('/hostile/story.html'))}`));
    try {
      await impostor.waitForSettled();
      await impostor.waitFor(() => !!document.querySelector('[data-testid="save-button"]:not([disabled]), [data-testid="save-remove"]'), undefined, { what: 'the save state' });
      assert.equal(await impostor.exists('save-remove'), false, 'the impostor is not taken for the saved story');
    } finally {
      await impostor.close();
    }

    const library = await session.openExtensionPage('library.html');
    try {
      // Export all, delete, import back (with one broken story added): every good story returns.
      await library.waitForTestId('story-row');
      await library.evaluate(captureDownloads);
      await library.clickTestId('export-all');
      const file = await library.waitFor(async () => (window.__e2eBlobs?.[0] ? window.__e2eBlobs[0].text() : null), undefined, { what: 'the export' });
      const backup = JSON.parse(file);
      const ours = backup.stories.filter((s) => TITLES.includes(s.title));
      assert.equal(ours.length, 3, 'the three stories are in the backup');
      const inline = ours.find((s) => s.title === TITLES[0]);
      assert.ok(inline.contentHtml.length <= 5_000_000 && inline.text.includes(HOSTILE_WORD), 'the story with 6 MB of inline images is within the backup’s limits, its text whole');
      await search(library, HOSTILE_WORD);
      await library.waitFor((t) => JSON.stringify([...document.querySelectorAll('[data-testid="story-title"]')].map((a) => a.textContent.trim()).sort()) === t, JSON.stringify([...TITLES].sort()), { what: 'the three stories' });
      await library.clickTestId('select-shown');
      await library.waitFor(() => !document.querySelector('[data-testid="bulk-delete"]')?.disabled, undefined, { what: 'a selection' });
      await library.clickTestId('bulk-delete');
      await library.waitForTestId('list-empty');
      const broken = { ...ours[2], url: 'https://broken.example/x', title: 'A broken story', read: 'yes' };
      const text = JSON.stringify({ ...backup, stories: [...backup.stories, broken] });
      await library.evaluate((t) => {
        const input = document.querySelector('[data-testid="import-file"]');
        const transfer = new DataTransfer();
        transfer.items.add(new File([t], 'backup.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, text);
      await library.waitForTestId('import-problems', { timeout: 30_000 });
      assert.match(await library.text('import-problems'), /A broken story.*true or false/s, 'the broken story is named, with why');
      await library.waitFor((t) => JSON.stringify([...document.querySelectorAll('[data-testid="story-title"]')].map((a) => a.textContent.trim()).sort()) === t, JSON.stringify([...TITLES].sort()), { what: 'the three stories back' });
      assert.deepEqual(await library.evaluate(shownTitles), [...TITLES].sort());
      await shot(library, session, 'library-import-problems');
      const violations = await library.axe();
      assert.equal(violations.length, 0, `library with import problems:\n${describeViolations(violations)}`);

      // The reader fetches no image from the web until asked.
      const readerOf = (title) => library.evaluate((t) => [...document.querySelectorAll('[data-testid="story-title"]')].find((a) => a.textContent.trim() === t)?.getAttribute('href'), title);
      const picturesHref = await readerOf(TITLES[1]);
      const before = await beacons(server);
      const reader = await session.openExtensionPage(picturesHref.replace(/^\//, ''));
      try {
        await reader.waitForTestId('reader-images');
        await new Promise((r) => setTimeout(r, 500));
        assert.equal(await beacons(server), before, 'opening the reader fetched no image');
        await shot(reader, session, 'reader-images-held');
        assert.ok(await reader.evaluate(() => [...document.querySelectorAll('[data-testid="reader-body"] img')].some((i) => i.src.startsWith('data:'))), 'the inline image is there');
        await reader.clickTestId('reader-images-show');
        await reader.waitFor(() => !document.querySelector('[data-testid="reader-images"]'), undefined, { what: 'the images to show' });
        const after = await (async () => {
          for (let i = 0; i < 50; i++) {
            const n = await beacons(server);
            if (n > before) return n;
            await new Promise((r) => setTimeout(r, 100));
          }
          return before;
        })();
        assert.equal(after, before + 1, 'the image loads once asked');
      } finally {
        await reader.close();
      }

      // Notes in two reader tabs.
      const storyHref = (await readerOf(TITLES[2])).replace(/^\//, '');
      const one = await session.openExtensionPage(storyHref);
      const two = await session.openExtensionPage(storyHref);
      try {
        await one.waitForTestId('reader-notes');
        await two.waitForTestId('reader-notes');
        const notes = (page) => page.evaluate(() => document.querySelector('[data-testid="reader-notes"]').value);
        // Two tabs cannot both hold the keyboard, and real keys reach only the front one: each tab gets its text as an
        // edit from inside the page, so neither steals the other's focus (which would blur, and save, it).
        const write = (page, text) =>
          page.evaluate((t) => {
            const area = document.querySelector('[data-testid="reader-notes"]');
            area.focus();
            area.select();
            document.execCommand('insertText', false, t);
          }, text);
        const save = (page) => page.evaluate(() => document.querySelector('[data-testid="reader-notes-save"]').click());
        await write(one, 'Noted in tab one');
        await one.waitFor(() => !document.querySelector('[data-testid="reader-notes-save"]').disabled, undefined, { what: 'tab one’s save button' });
        await save(one);
        await two.waitFor(() => document.querySelector('[data-testid="reader-notes"]').value === 'Noted in tab one', undefined, { what: 'tab two to follow' });
        // Clicking into and out of tab two's notes writes nothing old back.
        await two.evaluate(() => {
          const area = document.querySelector('[data-testid="reader-notes"]');
          area.focus();
          area.blur();
        });
        await new Promise((r) => setTimeout(r, 500));
        assert.equal(await notes(one), 'Noted in tab one', 'tab one keeps its note');
        // Tab two edits; tab one saves meanwhile: tab two is told, nothing is overwritten.
        await write(two, 'Tab two draft');
        await write(one, 'Tab one again');
        // Tab one, behind tab two, had not yet taken in its own last save: the late update must not undo these keys.
        await new Promise((r) => setTimeout(r, 400));
        assert.equal(await notes(one), 'Tab one again', 'what tab one typed stays');
        await one.waitFor(() => !document.querySelector('[data-testid="reader-notes-save"]').disabled, undefined, { what: 'tab one’s save button' });
        await save(one);
        await two.waitForTestId('notes-conflict');
        await two.evaluate(() => document.querySelector('[data-testid="reader-notes"]').blur());
        await new Promise((r) => setTimeout(r, 500));
        assert.equal(await notes(one), 'Tab one again', 'tab two’s blur overwrote nothing');
        assert.equal(await notes(two), 'Tab two draft', 'tab two keeps its draft');
        await shot(two, session, 'reader-notes-conflict');
        const violations = await two.axe();
        assert.equal(violations.length, 0, `reader with a notes conflict:\n${describeViolations(violations)}`);
      } finally {
        await one.close();
        await two.close();
      }
    } finally {
      await library.close();
    }
  } finally {
    await removeHostile(session);
  }
}
