import { sendMessage } from '@/lib/messaging';
import { readTab, type TabOutcome } from '@/lib/read-tab';
import { PREREAD_KEY, prereadSetting } from '@/lib/preread';
import { mayBeOwnTab, storyTab } from '@/lib/story-tab';

/** What the popup learns from the tab: the outcome, and the tab it read (for marks and badges). */
export interface TabReading {
  outcome: TabOutcome;
  tabId?: number;
}

/** The tab to read: the active one, or (when opened as a page, as the end-to-end tests do) the tab whose URL is ?target=. */
async function findTab() {
  const target = new URLSearchParams(location.search).get('target');
  if (target) return (await browser.tabs.query({})).find((tab) => tab.url === target);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Firefox for Android opens the popup as a tab: then the story is the tab the reader came from.
  if (!mayBeOwnTab(tab, location.origin)) return tab;
  const [self, windowTabs] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ currentWindow: true })]);
  return storyTab(tab, windowTabs, self, location.origin);
}

/**
 * Asks the tab for its article. The popup calls it first thing, from a small file of its own, so the tab reads the
 * page while the popup's own code is still loading.
 */
export async function startReading(): Promise<TabReading> {
  // Where the reader turned on reading stories as pages load, the tab has its reading ready: ask before injecting.
  const [tab, prereading] = await Promise.all([findTab(), browser.storage.local.get(PREREAD_KEY).then(prereadSetting, () => false)]);
  performance.mark('caveat:tab-found');
  const tabId = tab?.id;
  const ask = () => sendMessage('extract', undefined, tabId);
  const outcome = await readTab(
    tab?.url,
    async () => {
      if (tabId === undefined) throw new Error('No tab with id');
      // At once, not when the page has loaded: a page that never finishes loading would otherwise never be read.
      await browser.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'], injectImmediately: true });
      performance.mark('caveat:injected');
    },
    ask,
    prereading && tabId !== undefined ? { askFirst: ask } : {},
  );
  performance.mark('caveat:page-read');
  return { outcome, tabId };
}
