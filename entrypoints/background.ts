import { t } from '@/components/i18n';
import { createAnalyzer, type Analyzer } from '@/lib/analysis';
import { canSanitize } from '@/lib/db/sanitize';
import { openCaveatDb, type CaveatDb } from '@/lib/db/schema';
import { ALL_ENTRIES, createGlossaryMatcher, type GlossaryMatcher } from '@/lib/glossary';
import { saveStory } from '@/lib/db/stories';
import { onMessage, sendMessage } from '@/lib/messaging';
import { PREREAD_ORIGINS, prereadWanted } from '@/components/preread-service';
import { PREREAD_KEY, PREREAD_SCRIPT, PREREAD_SCRIPT_ID, prereadChange } from '@/lib/preread';
import { badgeTitleKey, showBadge } from '@/lib/reading-list/badge';
import { badgeTabs, memoryArea } from '@/lib/reading-list/badge-tabs';
import { outcomeMessageKey } from '@/lib/reading-list/outcome-message';
import { saveGestures } from '@/lib/reading-list/save-gestures';
import { saveTab, type SaveTabDeps, type TabRef } from '@/lib/reading-list/save-tab';

const SAVE_MENU_ID = 'caveat-save-story';
const SAVE_COMMAND = 'save-story';

export default defineBackground(() => {
  let db: CaveatDb | undefined;
  let analyzer: Analyzer | undefined;
  // storage.session outlives a stopped service worker; where a browser lacks it, memory is the best there is.
  const tabs = badgeTabs({
    area: browser.storage?.session ?? memoryArea(),
    show: (tabId, state) => showBadge(browser.action, tabId, state, t(badgeTitleKey(state))),
  });

  const deps: SaveTabDeps = {
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'], injectImmediately: true });
    },
    extract: (tabId) => sendMessage('extract', undefined, tabId),
    analyze: (article) => (analyzer ??= createAnalyzer()).analyze(article),
    // Chrome's worker has no DOM: a small content script in the tab runs DOMPurify and hands the markup back.
    // Firefox's background page has a DOM, so saveStory sanitises there itself.
    sanitize: canSanitize()
      ? undefined
      : async (tabId, html) => {
          await browser.scripting.executeScript({ target: { tabId }, files: ['/sanitize.js'], injectImmediately: true });
          return (await sendMessage('sanitizeHtml', html, tabId)).html;
        },
    // Without sanitised markup, rawHtml: saveStory sanitises where a DOM exists (Firefox) and keeps escaped text where none does.
    save: async (article, analysis, contentHtml) =>
      (await saveStory((db ??= openCaveatDb()), contentHtml === undefined ? { article, analysis, rawHtml: true } : { article, analysis, contentHtml })).story.id,
    badge: async (tabId, state, outcome) => {
      await showBadge(browser.action, tabId, state, t(outcomeMessageKey(outcome)));
      if (outcome?.kind === 'saved') await tabs.saved(tabId, outcome.url);
    },
  };
  const save = (tab: TabRef | undefined, pageUrl?: string) => saveTab(tab, pageUrl, deps);
  // Firefox for Android has neither: there the popup's Save button is the one way to save.
  const { menus, commands } = saveGestures(browser);

  // "Read stories as pages load" (the options page): the pre-read script is registered while the setting is on and
  // the sites' access granted. Where the reader takes the access back in the browser's own settings, the browser
  // stops running it, and the popup, finding no script in the tab, injects as before.
  const syncPreread = async () => {
    const wanted = await prereadWanted();
    const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [PREREAD_SCRIPT_ID] })).length > 0;
    const change = prereadChange(wanted, registered);
    if (change === 'register')
      await browser.scripting.registerContentScripts([{ id: PREREAD_SCRIPT_ID, js: [PREREAD_SCRIPT], matches: PREREAD_ORIGINS, runAt: 'document_idle', persistAcrossSessions: true }]);
    if (change === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [PREREAD_SCRIPT_ID] });
  };
  const syncPrereadQuietly = () => void syncPreread().catch((error) => console.warn('Caveat: pre-reading not updated', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PREREAD_KEY in changes) syncPrereadQuietly();
  });
  browser.runtime.onStartup.addListener(syncPrereadQuietly);

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    syncPrereadQuietly();
    // removeAll first: an update re-runs onInstalled and a duplicate id would throw.
    if (menus) {
      await menus.removeAll();
      menus.create({ id: SAVE_MENU_ID, title: t('saveContextMenu'), contexts: ['page'] });
    }
    // A new version may upgrade the reading list's schema: do it now, out of sight, rather than when the
    // library is next opened. An interrupted upgrade rolls back whole and runs again on the next open.
    if (reason === 'update') await (db ??= openCaveatDb()).open().catch(() => undefined);
  });

  // Both gestures grant activeTab for this tab, which is all the injection needs.
  menus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void save(tab, info.pageUrl);
  });
  commands?.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void save(tab);
  });

  // A new page in the tab is not the saved one; status is readable without the tabs permission (url is not:
  // its presence alone, for a same-document navigation, means the page changed).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' && !('url' in change)) return;
    void showBadge(browser.action, tabId, 'clear', t(badgeTitleKey('clear'))).catch(() => undefined);
    void tabs.forget(tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId).catch(() => undefined));
  // The library deleted stories or undid that: tabs showing them follow.
  onMessage('storiesSavedChanged', ({ data }) => tabs.storiesChanged(data.urls, data.saved));
  // The popup badged or unbadged its tab itself: remember it, so a delete from the library clears it too.
  onMessage('tabSaved', ({ data }) => (data.saved ? tabs.saved(data.tabId, data.url) : tabs.forget(data.tabId)));
});
