import { storyUrl } from '@/lib/db/url';
import type { ExtractedArticle } from '@/lib/extract/types';
import { sendMessage } from '@/lib/messaging';
import { badgeTitleKey, showBadge } from '@/lib/reading-list/badge';
import { t } from './i18n';

/**
 * Marks (or unmarks) the tab's toolbar badge when the popup finds or changes the story's saved state, and tells
 * the background, which keeps badged tabs in step with the reading list (a delete in the library clears them).
 */
export function markTab(tabId: number | undefined, saved: boolean, article: Pick<ExtractedArticle, 'url' | 'metadata'>): void {
  if (tabId === undefined) return;
  const state = saved ? 'saved' : 'clear';
  void showBadge(browser.action, tabId, state, t(badgeTitleKey(state))).catch(() => undefined);
  void sendMessage('tabSaved', { tabId, url: storyUrl(article), saved }).catch(() => undefined);
}
