import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { removeAllListeners } from '@/lib/messaging';

// Firefox for Android: no contextMenus, no commands, no windows.
const browserAny = fakeBrowser as any;

beforeEach(() => {
  fakeBrowser.reset();
  delete browserAny.contextMenus;
  delete browserAny.commands;
  delete browserAny.windows;
  browserAny.scripting = { executeScript: vi.fn(async () => undefined), getRegisteredContentScripts: vi.fn(async () => []) };
});
afterEach(() => removeAllListeners());

describe('background on a browser without context menus or keyboard commands', () => {
  it('starts, installs and keeps following tabs', async () => {
    expect(() => background.main()).not.toThrow();
    await expect(fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as any)).resolves.toBeDefined();
    await expect(fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as any)).resolves.toBeDefined();
    // A new page in a tab still clears its badge: the rest of the background was wired up.
    await fakeBrowser.action.setBadgeText({ tabId: 3, text: '✓' });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' } as any, {} as any);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(''));
  });
});
