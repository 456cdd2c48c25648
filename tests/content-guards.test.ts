import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import content from '@/entrypoints/read-page';
import glossaryMarks from '@/entrypoints/glossary-marks';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

const HIT = { term: 'placebo', definition: 'A dummy treatment.', matched: ['placebo'], count: 2 };
const STORY = `<p>${'Volunteers were given the drug or a placebo for twelve weeks while doctors watched them. '.repeat(6)}</p>`;

const OLD_MARKERS = ['__caveatContentReady', '__caveatGlossaryMarksReady', '__caveatSanitizeReady'];

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  removeAllListeners();
  document.body.innerHTML = '';
  for (const key of OLD_MARKERS) delete (window as unknown as Record<string, unknown>)[key];
});

describe('content scripts a page tries to block', () => {
  it('still answer when the page holds elements named like their old markers', async () => {
    document.body.innerHTML = `<article><h1>Trial</h1>${STORY}</article><div id="__caveatContentReady"></div>`;
    // What Chromium does with such elements: they become properties of window (happy-dom does not, so set them here).
    for (const key of OLD_MARKERS) (window as unknown as Record<string, unknown>)[key] = document.createElement('div');
    content.main();
    const result = await sendMessage('extract', undefined);
    expect(result.ok).toBe(true);
  });

  it('"Mark words" marks, and its second click removes only Caveat\'s own marks and style', async () => {
    document.head.innerHTML = '<style id="caveat-glossary-marks-style">.page { color: red }</style>';
    document.body.innerHTML = `<article>${STORY}<span class="caveat-term-wrap" id="own">The page's own element</span></article>`;
    glossaryMarks.main();
    const first = await sendMessage('toggleGlossaryMarks', [HIT]);
    expect(first.marked).toBe(6);
    expect(document.querySelectorAll('dfn.caveat-term')).toHaveLength(6);
    const second = await sendMessage('toggleGlossaryMarks', [HIT]);
    expect(second.marked).toBe(0);
    expect(document.querySelectorAll('dfn.caveat-term')).toHaveLength(0);
    expect(document.getElementById('own')?.textContent).toBe("The page's own element");
    expect(document.getElementById('caveat-glossary-marks-style')?.textContent).toBe('.page { color: red }');
    // And it marks again on a third click: the page's element is not taken for a mark already there.
    expect((await sendMessage('toggleGlossaryMarks', [HIT])).marked).toBe(6);
  });
});
