import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDerived } from '@/lib/db/derive';
import { createConnector } from '@/lib/zotero/connector';
import { articleStory } from '@/lib/zotero/popup-story';
import { startFakeZotero, type FakeZotero } from '../tests/support/fake-zotero.mjs';
import { makeStoryInput } from '../tests/support/stories';
import { ZoteroSend } from './ZoteroSend';
import { until } from '../tests/support/settle';

let root: HTMLElement;
let zotero: FakeZotero;
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  zotero = await startFakeZotero();
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await zotero.close();
});

const stories = () => [1, 2].map((i) => {
  const { article, analysis } = makeStoryInput({ url: `https://news.example.org/z${i}`, journal: 'Nature', doi: `10.1/${i}` });
  return withDerived(articleStory(article, analysis));
});

describe('Send to Zotero', () => {
  it('asks for the permission on the click, then sends the stories', async () => {
    const ask = vi.fn(async () => true);
    const connector = createConnector({ fetch: globalThis.fetch.bind(globalThis), base: zotero.base });
    act(() => render(<ZoteroSend count={2} stories={async () => stories()} connector={connector} askPermission={ask} />, root));
    await act(async () => q('zotero-send-button')!.click());
    await until(() => !!q('zotero-sent'));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(zotero.savedItems().filter((i) => i.itemType === 'newspaperArticle')).toHaveLength(2);
  });

  it('says Zotero is not running and offers the RIS and BibTeX files instead', async () => {
    await zotero.close();
    const connector = createConnector({ fetch: globalThis.fetch.bind(globalThis), base: zotero.base });
    const clicks: string[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      act(() => render(<ZoteroSend count={2} stories={async () => stories()} connector={connector} askPermission={async () => true} />, root));
      await act(async () => q('zotero-send-button')!.click());
      await until(() => !!q('zotero-failed'));
      expect(q('zotero-failed')!.textContent).toMatch(/zoteroNotRunning|not running/);
      await act(async () => q('zotero-fallback-ris')!.click());
      await act(async () => q('zotero-fallback-bibtex')!.click());
      expect(clicks).toEqual([expect.stringMatching(/\.ris$/), expect.stringMatching(/\.bib$/)]);
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
  });

  it('sends nothing without the permission, and says why', async () => {
    const connector = createConnector({ fetch: globalThis.fetch.bind(globalThis), base: zotero.base });
    act(() => render(<ZoteroSend count={1} stories={async () => stories().slice(0, 1)} connector={connector} askPermission={async () => false} />, root));
    await act(async () => q('zotero-send-button')!.click());
    await until(() => !!q('zotero-failed'));
    expect(q('zotero-failed')!.textContent).toMatch(/zoteroNoPermission|permission/);
    expect(zotero.requests).toEqual([]);
  });
});
