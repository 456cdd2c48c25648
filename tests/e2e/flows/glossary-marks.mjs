// "Mark these words on the page" marks glossary terms in the article's own tab; a focused mark
// shows its definition; a second click takes the marks away again.
export const name = 'popup marks glossary words on the page and removes them';

const BUTTON = 'button.glossary-mark';

/** What the article tab holds: marks, and the state of the focused one's tooltip. */
function readMarks() {
  const marks = [...document.querySelectorAll('dfn.caveat-term')];
  const active = document.activeElement;
  const focused = active?.matches?.('dfn.caveat-term') ? active : null;
  const tip = focused ? document.getElementById(focused.getAttribute('aria-describedby') ?? '') : null;
  const firstTip = marks[0] ? document.getElementById(marks[0].getAttribute('aria-describedby') ?? '') : null;
  return {
    count: marks.length,
    terms: [...new Set(marks.map((m) => m.dataset.caveatTerm))],
    allFocusable: marks.every((m) => m.tabIndex === 0),
    firstTipHidden: firstTip ? getComputedStyle(firstTip).display === 'none' : null,
    focused: focused ? { word: focused.textContent, term: focused.dataset.caveatTerm } : null,
    tip: tip ? { role: tip.getAttribute('role'), text: tip.textContent, shown: getComputedStyle(tip).display !== 'none' && tip.getBoundingClientRect().height > 0 } : null,
    wraps: document.querySelectorAll('.caveat-term-wrap').length,
    style: !!document.getElementById('caveat-glossary-marks-style'),
  };
}

export async function run(session, { server, assert }) {
  const popup = await session.openPopup(server.url('/car-t-memory-cells.html'));
  const tab = popup.tab;
  try {
    await popup.waitForSettled();
    const textBefore = await tab.evaluate(() => document.body.textContent);
    assert.equal((await tab.evaluate(readMarks)).count, 0, 'the page starts without marks');
    assert.equal(await popup.evaluate((s) => document.querySelector(s)?.getAttribute('aria-pressed'), BUTTON), 'false', 'the button starts unpressed');

    await popup.click(BUTTON);
    await popup.waitFor((s) => document.querySelector(s)?.getAttribute('aria-pressed') === 'true', BUTTON, { what: 'the mark button to be pressed' });
    const status = await popup.evaluate(() => document.querySelector('[data-testid="section-glossary"] [role="status"]')?.textContent.trim());
    const marked = await tab.evaluate(readMarks);
    assert.ok(marked.count > 0, 'words are marked in the article tab');
    assert.match(status ?? '', new RegExp(`\\b${marked.count}\\b`), `the popup says how many were marked (${marked.count}): ${status}`);
    assert.ok(marked.terms.some((t) => /memory T cell/i.test(t)), `"memory T cell" is among the marked terms: ${marked.terms.join(', ')}`);
    assert.ok(marked.allFocusable, 'every mark is reachable with Tab');
    assert.equal(marked.firstTipHidden, true, 'a tooltip stays hidden until its word is hovered or focused');
    assert.ok(marked.style, 'the marks style sheet is in the page');
    const withoutTips = await tab.evaluate(() => document.body.textContent.length - [...document.querySelectorAll('.caveat-tip')].reduce((n, t) => n + t.textContent.length, 0));
    assert.equal(withoutTips, textBefore.length, 'marking adds only the tooltips to the page text');

    // Keyboard: Tab through the article until a marked word has focus; its tooltip shows the definition.
    await tab.page.bringToFront();
    await tab.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    let state = null;
    for (let i = 0; i < 60; i++) {
      await tab.press('Tab');
      state = await tab.evaluate(readMarks);
      if (state.focused) break;
    }
    assert.ok(state?.focused, 'Tab reaches a marked word');
    assert.ok(state.tip, `the focused word (${state.focused.word}) is described by a tooltip`);
    assert.equal(state.tip.role, 'tooltip');
    assert.ok(state.tip.shown, `the tooltip of "${state.focused.word}" is visible on focus`);
    const definition = await popup.evaluate((term) => {
      const item = [...document.querySelectorAll('.glossary-item')].find((li) => li.querySelector('.glossary-term')?.textContent.trim() === term);
      return item?.querySelector('.glossary-definition')?.textContent.trim() ?? null;
    }, state.focused.term);
    assert.ok(definition, `the popup lists ${state.focused.term}`);
    assert.ok(state.tip.text.includes(definition), `the tooltip holds the definition of ${state.focused.term}: ${state.tip.text}`);

    // Escape hides the tooltip while the word keeps focus (WCAG 1.4.13); the next word's shows again.
    await tab.press('Escape');
    const dismissed = await tab.evaluate(readMarks);
    assert.equal(dismissed.focused?.word, state.focused.word, 'Escape leaves focus on the word');
    assert.equal(dismissed.tip?.shown, false, 'Escape hides the tooltip');
    await tab.press('Tab');
    const next = await tab.evaluate(readMarks);
    if (next.focused) assert.ok(next.tip?.shown, 'the next marked word shows its tooltip');

    // Second click: marks, tooltips and the style sheet go; the page text is back as it was.
    await popup.page.bringToFront();
    await popup.click(BUTTON);
    await popup.waitFor((s) => document.querySelector(s)?.getAttribute('aria-pressed') === 'false', BUTTON, { what: 'the mark button to be released' });
    const after = await tab.evaluate(readMarks);
    assert.equal(after.count, 0, 'the marks are removed');
    assert.equal(after.wraps, 0, 'no wrappers are left behind');
    assert.equal(after.style, false, 'the style sheet is removed');
    assert.equal(await tab.evaluate(() => document.body.textContent), textBefore, 'the page text is as it was');
  } finally {
    await popup.close();
  }
}
