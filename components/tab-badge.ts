import { showBadge } from '@/lib/reading-list/badge';
import { t } from './i18n';

/** Marks (or unmarks) the tab's toolbar badge when the popup finds or changes the story's saved state. */
export function markTab(tabId: number | undefined, saved: boolean): void {
  if (tabId === undefined) return;
  void showBadge(browser.action, tabId, saved ? 'saved' : 'clear', t(saved ? 'saveBadgeSaved' : 'actionTitle')).catch(() => undefined);
}
