// The reader by keyboard: a skip link takes focus past the article's marked words to Caveat's findings,
// and Escape closes a marked word's tooltip without moving focus; leaving the word and coming back shows it again.
import { clickSave, removeSample } from './reading-list.mjs';

export const name = 'reader: skip link past the marked words, Escape closes a tooltip';

const STORY = '/car-t-memory-cells.html';

/** The focused element in the reader, and the display of its tooltip when it is a marked word. */
function focusState() {
  const el = document.activeElement;
  const tip = el?.matches?.('dfn.caveat-term') ? document.getElementById(el.getAttribute('aria-describedby') ?? '') : null;
  return {
    testId: el?.dataset?.testid ?? null,
    cls: el?.className ?? '',
    term: el?.matches?.('dfn.caveat-term') ? el.dataset.caveatTerm : null,
    tip: tip ? getComputedStyle(tip).display : null,
  };
}

export async function run(session, { server, assert }) {
  await removeSample(session);
  try {
    const popup = await session.openPopup(server.url(STORY));
    try {
      await popup.waitForSettled();
      await clickSave(popup);
      await popup.waitForTestId('save-state');
    } finally {
      await popup.close();
    }

    const library = await session.openExtensionPage('library.html');
    let readerPath;
    try {
      await library.waitForTestId('story-row');
      readerPath = await library.evaluate(() => document.querySelector('[data-testid="story-title"]').getAttribute('href').replace(/^\//, ''));
    } finally {
      await library.close();
    }

    const reader = await session.openExtensionPage(readerPath);
    try {
      await reader.waitFor(() => !!document.querySelector('[data-testid="reader-body"] dfn.caveat-term'), undefined, { what: 'marked words in the reader' });

      // The first Tab lands on the skip link; following it, the next Tab is the first control beside the article.
      await reader.press('Tab');
      assert.ok(await reader.evaluate(() => document.activeElement?.matches('a.skip-link')), 'the first Tab reaches the skip link');
      await reader.press('Enter');
      await reader.press('Tab');
      const afterSkip = await reader.evaluate(focusState);
      assert.equal(afterSkip.testId, 'reader-read', `Tab after the skip link goes to Mark as read, not a marked word: ${JSON.stringify(afterSkip)}`);

      // A focused marked word shows its tooltip; Escape hides it and keeps focus; Tab away and back shows it again.
      await reader.evaluate(() => document.querySelector('[data-testid="reader-body"] dfn.caveat-term').focus());
      const shown = await reader.evaluate(focusState);
      assert.ok(shown.term, 'a marked word has focus');
      assert.equal(shown.tip, 'block', 'its tooltip shows');
      await reader.press('Escape');
      const closed = await reader.evaluate(focusState);
      assert.equal(closed.term, shown.term, 'Escape leaves focus on the word');
      assert.equal(closed.tip, 'none', 'Escape hides the tooltip');
      await reader.press('Tab');
      assert.notEqual((await reader.evaluate(focusState)).tip, 'none', 'Tab moves on');
      // Back to the same word (Shift+Tab is not a key Puppeteer's Firefox driver can press).
      await reader.evaluate(() => document.querySelector('[data-testid="reader-body"] dfn.caveat-term').focus());
      const back = await reader.evaluate(focusState);
      assert.equal(back.term, shown.term, 'focus is back on the same word');
      assert.equal(back.tip, 'block', 'the tooltip shows again after leaving the word');
    } finally {
      await reader.close();
    }
  } finally {
    await removeSample(session);
  }
}
