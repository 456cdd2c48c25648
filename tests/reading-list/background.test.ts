import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { DB_NAME, getAllStories, openCaveatDb } from '@/lib/db';
import { onMessage, removeAllListeners, sendMessage } from '@/lib/messaging';
import { makeArticle } from '../support/stories';

type Listener = (...args: any[]) => unknown;
/** An event like browser's, for the APIs fakeBrowser leaves unimplemented (contextMenus, commands). */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

const browserAny = fakeBrowser as any;
let menus: { create: ReturnType<typeof vi.fn>; removeAll: ReturnType<typeof vi.fn>; onClicked: ReturnType<typeof fakeEvent> };
let commands: { onCommand: ReturnType<typeof fakeEvent> };
let injected: number[];
let stopExtract: () => void;
let stopSanitize: () => void;
let injectedFiles: string[];
/** The content scripts the background registered, and whether the reader granted the sites' access. */
let registered: { id: string; js: string[]; matches: string[] }[];
let sitesGranted: boolean;
/** What the tab's sanitize content script answers (DOMPurify cannot be trusted on happy-dom, so the test plays it). */
let tabSanitizer: (html: string) => string | null;
const article = makeArticle({
  url: 'https://news.example/greenland',
  title: 'Greenland ice melts faster',
  contentHtml: '<p>Satellites saw it.</p><script>steal()</script><img src=x onerror="steal()">',
});

async function badge(tabId: number, expected: string) {
  for (let i = 0; i < 100 && (await fakeBrowser.action.getBadgeText({ tabId })) !== expected; i++) await new Promise((r) => setTimeout(r, 20));
  return fakeBrowser.action.getBadgeText({ tabId });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await Dexie.delete(DB_NAME);
  injected = [];
  injectedFiles = [];
  tabSanitizer = () => '<p>Satellites <em>saw</em> it.</p>';
  menus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: fakeEvent() };
  commands = { onCommand: fakeEvent() };
  browserAny.contextMenus = menus;
  browserAny.commands = commands;
  registered = [];
  sitesGranted = true;
  browserAny.scripting = { executeScript: vi.fn(async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
      injectedFiles.push(...files);
      if (files.includes('/read-page.js')) injected.push(target.tabId);
    }),
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)),
    registerContentScripts: async (scripts: { id: string; js: string[]; matches: string[] }[]) => void registered.push(...scripts),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id))),
  };
  browserAny.permissions = { contains: async () => sitesGranted };
  // The content script's side: route tab messages to this context's listeners.
  browserAny.tabs.sendMessage = (_tabId: number, message: unknown) => fakeBrowser.runtime.sendMessage(message);
  stopExtract = onMessage('extract', () => ({ ok: true, article }));
  stopSanitize = onMessage('sanitizeHtml', ({ data }) => ({ html: tabSanitizer(data) }));
  background.main();
});
afterEach(() => {
  stopExtract();
  stopSanitize();
  // main() registered the background's own message handlers; the next test runs it again.
  removeAllListeners();
});

async function savedStories() {
  const db = openCaveatDb();
  const stories = await getAllStories(db);
  db.close();
  return stories;
}

describe('background', () => {
  it('registers the pre-read script while "read stories as pages load" is on and the sites are granted, and only then', async () => {
    const settled = async (n: number) => {
      for (let i = 0; i < 50 && registered.length !== n; i++) await new Promise((r) => setTimeout(r, 10));
      return registered;
    };
    await fakeBrowser.storage.local.set({ prereadPages: true });
    expect(await settled(1)).toEqual([expect.objectContaining({ id: 'caveat-pre-read', js: ['pre-read.js'], matches: ['http://*/*', 'https://*/*'], runAt: 'document_idle' })]);
    await fakeBrowser.storage.local.set({ prereadPages: false });
    expect(await settled(0)).toEqual([]);
    // On with the access refused: nothing registered, on a change or when the browser starts.
    sitesGranted = false;
    await fakeBrowser.storage.local.set({ prereadPages: true });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 50));
    expect(registered).toEqual([]);
  });

  it('creates the page context menu on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as any);
    expect(menus.removeAll).toHaveBeenCalled();
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: 'caveat-save-story', contexts: ['page'] }));
  });

  it('opens (and so upgrades) the reading list when the extension is updated, not on a fresh install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as any);
    expect(await Dexie.exists(DB_NAME)).toBe(false);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' } as any);
    expect(await Dexie.exists(DB_NAME)).toBe(true);
  });

  it('saves the page from the context menu, marks the badge, and clears it on navigation', async () => {
    await menus.onClicked.trigger({ menuItemId: 'caveat-save-story', pageUrl: article.url }, { id: 12, url: article.url });
    expect(await badge(12, '✓')).toBe('✓');
    expect(injected).toEqual([12]);
    const db = openCaveatDb();
    const stories = await getAllStories(db);
    db.close();
    expect(stories.map((s) => s.title)).toEqual(['Greenland ice melts faster']);
    // Chrome's worker has no DOM: the tab's sanitize script hands back the formatted, sanitised markup.
    expect(injectedFiles).toEqual(['/read-page.js', '/sanitize.js']);
    expect(stories[0].contentHtml).toBe('<p>Satellites <em>saw</em> it.</p>');

    await fakeBrowser.tabs.onUpdated.trigger(12, { status: 'loading' }, { id: 12 } as any);
    expect(await badge(12, '')).toBe('');
  });

  it('stores escaped text, never the raw page markup, when the tab cannot sanitise', async () => {
    tabSanitizer = () => null;
    await commands.onCommand.trigger('save-story', { id: 14, url: article.url });
    expect(await badge(14, '✓')).toBe('✓');
    const [story] = await savedStories();
    expect(story.contentHtml).not.toMatch(/<script|onerror|<img/);
    expect(story.contentHtml).toBe('<p>Researchers tested a new battery material in the laboratory.</p>\n<p>The prototype kept its charge for months.</p>');
  });

  it('saves with the keyboard shortcut and ignores other commands', async () => {
    await commands.onCommand.trigger('something-else', { id: 5, url: article.url });
    expect(injected).toEqual([]);
    await commands.onCommand.trigger('save-story', { id: 5, url: article.url });
    expect(await badge(5, '✓')).toBe('✓');
  });

  it('keeps a tab the popup badged in step too: a delete in the library clears it', async () => {
    const url = 'https://news.example/popup-saved';
    // The popup set the mark itself, then told the background.
    await fakeBrowser.action.setBadgeText({ tabId: 31, text: '✓' });
    await sendMessage('tabSaved', { tabId: 31, url, saved: true });
    await sendMessage('storiesSavedChanged', { urls: [url], saved: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('');
    await sendMessage('storiesSavedChanged', { urls: [url], saved: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('✓');
    // Removed from the popup: the tab is forgotten, and a later undo in the library leaves it alone.
    await sendMessage('tabSaved', { tabId: 31, url, saved: false });
    expect(await fakeBrowser.storage.session.get('badgedTabs')).toEqual({ badgedTabs: {} });
  });

  it('clears the saved badge when the library deletes the story, and restores it on undo', async () => {
    await menus.onClicked.trigger({ menuItemId: 'caveat-save-story', pageUrl: article.url }, { id: 21, url: article.url });
    await commands.onCommand.trigger('save-story', { id: 22, url: `${article.url}?utm_source=feed` });
    expect(await badge(21, '✓')).toBe('✓');
    expect(await badge(22, '✓')).toBe('✓');
    // Tab 22 navigates away (no url without the tabs permission: the status says it).
    await fakeBrowser.tabs.onUpdated.trigger(22, { status: 'loading' }, { id: 22 } as any);
    expect(await badge(22, '')).toBe('');

    // A title or favicon change is not a navigation.
    await fakeBrowser.tabs.onUpdated.trigger(21, { title: 'New title' }, { id: 21 } as any);
    const [story] = await savedStories();
    await sendMessage('storiesSavedChanged', { urls: [story.url], saved: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 21 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 21 })).toBe('actionTitle');
    await sendMessage('storiesSavedChanged', { urls: [story.url], saved: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 21 })).toBe('✓');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 22 })).toBe('');
    // What the worker remembers is in session storage, so a restarted worker still knows tab 21.
    expect(await fakeBrowser.storage.session.get('badgedTabs')).toEqual({ badgedTabs: { 21: { url: story.url, shown: true } } });

    await fakeBrowser.tabs.onRemoved.trigger(21, { windowId: 1, isWindowClosing: false });
    await sendMessage('storiesSavedChanged', { urls: [story.url], saved: false });
    expect(await fakeBrowser.storage.session.get('badgedTabs')).toEqual({ badgedTabs: {} });
  });

  it('a page on another site whose canonical names a saved story is saved apart, leaving that story as it was', async () => {
    await commands.onCommand.trigger('save-story', { id: 41, url: article.url });
    expect(await badge(41, '✓')).toBe('✓');
    const impostor = makeArticle({ url: 'https://evil.example/copy', title: 'Impostor', canonicalUrl: article.url });
    stopExtract();
    stopExtract = onMessage('extract', () => ({ ok: true, article: impostor }));
    await commands.onCommand.trigger('save-story', { id: 42, url: impostor.url });
    expect(await badge(42, '✓')).toBe('✓');
    const stories = await savedStories();
    expect(stories.map((s) => [s.url, s.title]).sort()).toEqual([
      ['https://evil.example/copy', 'Impostor'],
      [article.url, 'Greenland ice melts faster'],
    ]);
  });

  it('marks a failure on pages it may not read', async () => {
    await menus.onClicked.trigger({ menuItemId: 'caveat-save-story', pageUrl: 'chrome://extensions' }, { id: 8, url: 'chrome://extensions' });
    expect(await badge(8, '!')).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 8 })).toBe('saveBadgeFailedBlocked');
    expect(injected).toEqual([]);
  });
});
