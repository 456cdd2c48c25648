import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import content from '@/entrypoints/read-page';
import preRead from '@/entrypoints/pre-read';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

const story = (name: string) =>
  `<article><h1>${name}</h1><p>${`In the ${name}, volunteers were given the drug or a placebo for twelve weeks while doctors watched them. `.repeat(6)}</p></article>`;
const NOT_AN_ARTICLE = '<nav><a href="/a">Home</a></nav>';
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  removeAllListeners();
  document.body.innerHTML = '';
  // Each test injects into a fresh page: the "already here" marker goes with its listeners.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('caveat:content-ready')];
});

const said = (result: Awaited<ReturnType<typeof sendMessage<'extract'>>>) => (result.ok ? result.article.text.split('\n')[0] : result.reason);

describe('the content script reads the page as soon as it is injected', () => {
  it('answers with the page as it was when injected, not as it is when the question arrives', async () => {
    document.body.innerHTML = story('drug trial');
    content.main();
    await nextTask();
    await nextTask();
    document.body.innerHTML = NOT_AN_ARTICLE;
    const result = await sendMessage('extract', undefined);
    expect(said(result)).toBe('drug trial');
  });

  it('reads the page anew for each injection, never answering with an older reading', async () => {
    document.body.innerHTML = story('first trial');
    content.main();
    const first = await sendMessage('extract', undefined);
    expect(said(first)).toBe('first trial');
    document.body.innerHTML = story('second trial');
    content.main();
    const second = await sendMessage('extract', undefined);
    expect(said(second)).toBe('second trial');
    // A question with no injection before it reads the page as it is now.
    document.body.innerHTML = NOT_AN_ARTICLE;
    expect(said(await sendMessage('extract', undefined))).toBe('not-article');
  });
});

describe('reading stories as pages load (the pre-read script)', () => {
  const idle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  afterEach(() => history.replaceState(null, '', '/'));

  it('reads a story once the page is idle, and the popup gets that reading without injecting', async () => {
    document.body.innerHTML = story('vaccine trial');
    preRead.main();
    await idle();
    document.body.innerHTML = story('later trial');
    expect(said(await sendMessage('extract', undefined))).toBe('vaccine trial');
    // That reading answered once: the next question reads the page as it is.
    expect(said(await sendMessage('extract', undefined))).toBe('later trial');
  });

  it('reads anew when the site has moved to another address without loading a page', async () => {
    document.body.innerHTML = story('vaccine trial');
    preRead.main();
    await idle();
    history.pushState(null, '', '/another-story');
    document.body.innerHTML = story('another trial');
    expect(said(await sendMessage('extract', undefined))).toBe('another trial');
  });

  it('does not read a page that does not look like an article, but still answers the popup', async () => {
    document.body.innerHTML = NOT_AN_ARTICLE;
    preRead.main();
    await idle();
    document.body.innerHTML = story('vaccine trial');
    expect(said(await sendMessage('extract', undefined))).toBe('vaccine trial');
  });
});

