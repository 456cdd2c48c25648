// Issue 20 on a phone: popup (opened as a page, as Firefox for Android does), library and reader at 360×740,
// driven by touch taps (not mouse clicks) with a touch screen's media features; screenshots of each page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeViolations, PHONE_VIEWPORT, shot as saveShot, sleep } from '../harness/handle.mjs';
import { E2E_OUTPUT } from '../harness/session.mjs';
import { removeSample } from './reading-list.mjs';

export const name = 'phone: popup, story page, library and reader at 360×740 by touch';

const STORY = '/car-t-memory-cells.html';
const TITLE = 'Longer-lasting CAR-T cells keep cancer and HIV in check in mice';
/** Apple's and WCAG 2.5.5's smallest comfortable touch target, in CSS pixels. */
const MIN_TARGET = 44;
/** The phone screenshots are for review after every run: CAVEAT_E2E_SHOTS, else here. */
const SHOTS = process.env.CAVEAT_E2E_SHOTS || join(E2E_OUTPUT, 'phone-screenshots');
const shot = (page, session, what) => saveShot(page, session, what, SHOTS);

/** How the page fits a phone: no sideways scrolling, and the media features the page was given. */
function fit() {
  return {
    scrollWidth: document.documentElement.scrollWidth,
    coarse: matchMedia('(pointer: coarse)').matches,
    noHover: matchMedia('(hover: none)').matches,
    touchEvents: 'ontouchstart' in window,
  };
}

/** Size of each selector's first visible element (the tap area: its own box, or its label's). */
function targetSizes(selectors) {
  return selectors.map((s) => {
    const el = [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0);
    if (!el) return { s, missing: true };
    const box = (el.closest('label') ?? el).getBoundingClientRect();
    return { s, width: Math.round(box.width), height: Math.round(box.height) };
  });
}

/** Records what kind of pointer the next taps come from, to prove they are touches and not mouse clicks. */
function recordTaps() {
  window.__e2eTaps = [];
  addEventListener('touchstart', () => window.__e2eTaps.push('touchstart'), true);
  addEventListener('pointerdown', (e) => window.__e2eTaps.push(`pointerdown:${e.pointerType}`), true);
}

async function assertFits(page, assert, what) {
  const f = await page.evaluate(fit);
  assert.ok(f.scrollWidth <= PHONE_VIEWPORT.width, `${what}: no sideways scrolling at 360 px (scrollWidth ${f.scrollWidth})`);
  assert.ok(f.coarse && f.noHover && f.touchEvents, `${what}: the page sees a touch screen: ${JSON.stringify(f)}`);
}

async function assertTargets(page, assert, what, selectors) {
  const violations = await page.axe();
  assert.equal(violations.length, 0, `${what} at 360×740: axe finds nothing:\n${describeViolations(violations)}`);
  const small = (await page.evaluate(targetSizes, selectors)).filter((t) => t.missing || t.width < MIN_TARGET || t.height < MIN_TARGET);
  assert.deepEqual(small, [], `${what}: every main action is at least ${MIN_TARGET}×${MIN_TARGET} px`);
}

/** The first mark's state when its tip's shown-ness is `want`, else null (for waitFor). */
function firstShown(want) {
  const dfn = document.querySelector('dfn.caveat-term');
  const tip = dfn && document.getElementById(dfn.getAttribute('aria-describedby') ?? '');
  if (!tip) return null;
  const box = tip.getBoundingClientRect();
  const shown = getComputedStyle(tip).display !== 'none' && box.height > 0;
  const inside = box.left >= 0 && box.right <= document.documentElement.clientWidth;
  return shown === want ? { shown, inside, left: Math.round(box.left), right: Math.round(box.right), text: tip.textContent.slice(0, 30) } : null;
}

export async function run(session, { server, assert }) {
  mkdirSync(SHOTS, { recursive: true });
  console.log(`    ${session.name}: phone screenshots (360×740) in ${SHOTS}`);
  await removeSample(session);
  const phone = { phone: true };
  try {
    // 0. As Firefox for Android opens it: popup.html in a tab of its own, with no ?target=, reads the story's tab.
    const story = await session.openPage(server.url(STORY), phone);
    const asTab = await session.openExtensionPage('popup.html', phone);
    try {
      await asTab.waitForSettled();
      assert.equal(await asTab.text('article-title'), TITLE, 'the popup in a tab of its own reads the tab the reader came from');
    } finally {
      await asTab.close();
      await story.close();
    }

    // 1. The popup as a page: fits, shows the verdict, saves by tap.
    const popup = await session.openPopup(server.url(STORY), phone);
    try {
      await popup.waitForSettled();
      await popup.waitFor(() => !document.querySelector('[data-testid="save-button"]')?.disabled, undefined, { what: 'the save button to be ready' });
      await assertFits(popup, assert, 'popup');
      const verdict = await popup.evaluate(() => {
        const box = document.querySelector('[data-testid="research-verdict"]')?.getBoundingClientRect();
        return box ? { visible: box.width > 0 && box.top < innerHeight && box.right <= innerWidth } : null;
      });
      assert.ok(verdict?.visible, 'the verdict is on the first screen');
      await assertTargets(popup, assert, 'popup', ['[data-testid="save-button"]', '[data-testid="open-library"]', 'button.glossary-mark']);
      await shot(popup, session, 'phone-popup');
      await popup.evaluate(recordTaps);
      await popup.tap('[data-testid="save-button"]');
      await popup.waitForTestId('save-state', { what: 'the story to be saved by a tap' });
      const taps = await popup.evaluate(() => window.__e2eTaps);
      assert.ok(taps.includes('touchstart') && taps.includes('pointerdown:touch') && !taps.includes('pointerdown:mouse'), `Save was tapped by touch: ${taps}`);
      await shot(popup, session, 'phone-popup-saved');

      // 2. The story's own page: words marked from the popup open their definitions by tap there too.
      await popup.tap('button.glossary-mark');
      const tab = popup.tab;
      await tab.waitFor(() => !!document.querySelector('dfn.caveat-term'), undefined, { what: 'marked words on the page' });
      await tab.page.bringToFront(); // the reader goes back to the story from the popup
      await tab.tap('dfn.caveat-term');
      await tab.waitFor(firstShown, true, { what: "a definition on the story's page to open on a tap" });
      await sleep(300);
      await shot(tab, session, 'phone-page-tip');
      const onPage = await tab.evaluate(firstShown, true);
      assert.ok(onPage?.inside, `the definition on the page stays on screen: ${JSON.stringify(onPage)}`);
      await tab.tap('h1');
      await tab.waitFor(firstShown, false, { what: "a tap outside to close the page's definition" });
    } finally {
      await popup.close();
    }

    // 3. The library: the saved story, its row tapped open.
    const library = await session.openExtensionPage('library.html', phone);
    try {
      await library.waitFor((t) => [...document.querySelectorAll('[data-testid="story-title"]')].some((a) => a.textContent.trim() === t), TITLE, { what: 'the saved story in the list' });
      await assertFits(library, assert, 'library');
      await assertTargets(library, assert, 'library', ['[data-testid="story-title"]', '[data-testid="story-check"]', '[data-testid="select-shown"]', '[data-testid="export-all"]', '#filter-study']);
      await shot(library, session, 'phone-library');
      // Selecting by tap brings the bulk actions, hidden on a phone while nothing is selected.
      const bulkShown = (want) => (getComputedStyle(document.querySelector('[data-testid="bulk-read"]')).display !== 'none') === want;
      assert.ok(await library.evaluate(bulkShown, false), 'no bulk actions before a story is selected');
      await library.tap('[data-testid="story-check"]');
      await library.waitFor(bulkShown, true, { what: 'the bulk actions after selecting a story by tap' });
      await shot(library, session, 'phone-library-selected');
      await library.tap('[data-testid="story-check"]');
      await library.waitFor(bulkShown, false, { what: 'the bulk actions to go with the selection' });
      await library.tap('[data-testid="story-title"]');
      await library.waitForTestId('reader-title', { what: 'the reader, opened by tapping the story' });

      // 4. The reader: fits, and a glossary word's definition opens on a tap and closes on the next.
      await library.waitFor(() => !!document.querySelector('dfn.caveat-term'), undefined, { what: 'marked glossary words in the reader' });
      await assertFits(library, assert, 'reader');
      await assertTargets(library, assert, 'reader', ['[data-testid="reader-back"]', '[data-testid="reader-read"]', '[data-testid="highlight-add"]', '[data-testid="reader-tag-add"]']);
      await shot(library, session, 'phone-reader');
      assert.ok(await library.evaluate(firstShown, false), 'a definition starts hidden');
      await library.tap('dfn.caveat-term');
      await library.waitFor(firstShown, true, { what: 'the definition to open on a tap' });
      await sleep(300); // it moves inside the window on the next frame
      await shot(library, session, 'phone-reader-tip');
      const tip = await library.evaluate(firstShown, true);
      assert.ok(tip?.inside, `the open definition stays on screen: ${JSON.stringify(tip)}`);
      await library.tap('dfn.caveat-term');
      await library.waitFor(firstShown, false, { what: 'a second tap to close the definition' });
      await library.tap('dfn.caveat-term');
      await library.waitFor(firstShown, true, { what: 'a third tap to open it again' });
      await library.tap('[data-testid="reader-title"]');
      await library.waitFor(firstShown, false, { what: 'a tap outside to close the definition' });
    } finally {
      await library.close();
    }
  } finally {
    await removeSample(session);
  }
}
