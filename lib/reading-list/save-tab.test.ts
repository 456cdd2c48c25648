import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../analysis/types';
import type { ExtractedArticle, ExtractResult } from '../extract/types';
import { showBadge } from './badge';
import { saveTab, type SaveTabDeps } from './save-tab';

const article = { url: 'https://news.example/story', title: 'Mice live longer', text: 'Body' } as ExtractedArticle;
const analysis = { url: article.url } as Analysis;

function deps(over: Partial<SaveTabDeps> = {}): SaveTabDeps {
  return {
    inject: vi.fn(async () => undefined),
    extract: vi.fn(async (): Promise<ExtractResult> => ({ ok: true, article })),
    analyze: vi.fn(() => analysis),
    save: vi.fn(async () => 7),
    badge: (tabId, state) => showBadge(fakeBrowser.action, tabId, state, state),
    ...over,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('saveTab', () => {
  it('injects, extracts, analyses, saves and marks the badge', async () => {
    const d = deps();
    const outcome = await saveTab({ id: 3, url: article.url }, undefined, d);
    expect(outcome).toEqual({ kind: 'saved', id: 7, title: 'Mice live longer', url: article.url });
    expect(d.inject).toHaveBeenCalledWith(3);
    expect(d.save).toHaveBeenCalledWith(article, analysis, undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('saved');
  });

  it('stores the markup the tab sanitised, and text when the sanitiser fails', async () => {
    const clean = deps({ sanitize: vi.fn(async () => '<p><em>kept</em></p>') });
    await saveTab({ id: 3, url: article.url }, undefined, clean);
    expect(clean.sanitize).toHaveBeenCalledWith(3, article.contentHtml);
    expect(clean.save).toHaveBeenCalledWith(article, analysis, '<p><em>kept</em></p>');
    const broken = deps({ sanitize: async () => Promise.reject(new Error('tab closed')) });
    expect((await saveTab({ id: 3, url: article.url }, undefined, broken)).kind).toBe('saved');
    expect(broken.save).toHaveBeenCalledWith(article, analysis, undefined);
  });

  it('uses the clicked page URL when the tab has none', async () => {
    const outcome = await saveTab({ id: 3 }, article.url, deps());
    expect(outcome.kind).toBe('saved');
  });

  it('refuses browser pages without injecting', async () => {
    const d = deps();
    const outcome = await saveTab({ id: 4, url: 'chrome://settings' }, undefined, d);
    expect(outcome).toEqual({ kind: 'blocked', reason: 'browser-page' });
    expect(d.inject).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
  });

  it('reports a page that is not an article and saves nothing', async () => {
    const d = deps({ extract: async () => ({ ok: false, reason: 'not-article', title: 'Home' }) });
    const outcome = await saveTab({ id: 5, url: 'https://news.example/' }, undefined, d);
    expect(outcome).toEqual({ kind: 'not-article', title: 'Home' });
    expect(d.save).not.toHaveBeenCalled();
  });

  it('turns a database failure into an outcome instead of throwing', async () => {
    const full = new Error('quota');
    const outcome = await saveTab({ id: 6, url: article.url }, undefined, deps({ save: async () => Promise.reject(full) }));
    expect(outcome).toEqual({ kind: 'save-failed', error: full });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('!');
  });

  it('still tries when the browser gives no URL, and reports an injection refusal as blocked', async () => {
    expect((await saveTab({ id: 3 }, undefined, deps())).kind).toBe('saved');
    const refused = deps({ inject: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    expect(await saveTab({ id: 3 }, undefined, refused)).toEqual({ kind: 'blocked', reason: 'browser-page' });
  });

  it('does nothing without a tab id', async () => {
    const d = deps();
    expect((await saveTab(undefined, article.url, d)).kind).toBe('blocked');
    expect(d.inject).not.toHaveBeenCalled();
  });
});

describe('showBadge', () => {
  it('clears the text for a new page', async () => {
    await showBadge(fakeBrowser.action, 9, 'saved', 'Saved');
    await showBadge(fakeBrowser.action, 9, 'clear', 'Caveat');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe('Caveat');
  });
});

describe('outcomeMessageKey', async () => {
  const { outcomeMessageKey } = await import('./outcome-message');
  const { StorageFullError, DatabaseVersionError } = await import('../db/errors');
  it('names each outcome so the tooltip can explain it', () => {
    expect(outcomeMessageKey(undefined)).toBe('saveBadgeSaving');
    expect(outcomeMessageKey({ kind: 'saved', id: 1, title: '', url: '' })).toBe('saveBadgeSaved');
    expect(outcomeMessageKey({ kind: 'blocked', reason: 'pdf' })).toBe('saveBadgeFailedBlocked');
    expect(outcomeMessageKey({ kind: 'save-failed', error: new StorageFullError() })).toBe('saveBadgeFailedFull');
    expect(outcomeMessageKey({ kind: 'save-failed', error: new DatabaseVersionError() })).toBe('saveBadgeFailedNewer');
    expect(outcomeMessageKey({ kind: 'save-failed', error: new Error('x') })).toBe('saveBadgeFailedDb');
  });
});
