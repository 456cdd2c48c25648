/** The toolbar badge for one tab: what it says about the page and the reading list. */
export type BadgeState = 'saved' | 'saving' | 'failed' | 'clear';

/** The subset of `browser.action` the badge needs, passed in so this stays testable. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

export interface BadgeLook {
  text: string;
  color: string;
}

/** Badge text stays one short symbol: toolbar badges fit about four narrow characters. */
export function badgeLook(state: BadgeState): BadgeLook {
  switch (state) {
    case 'saved':
      return { text: '✓', color: '#1f7a3a' };
    case 'saving':
      return { text: '…', color: '#0b5cad' };
    case 'failed':
      return { text: '!', color: '#b3261e' };
    case 'clear':
      return { text: '', color: '#0b5cad' };
  }
}

/** The tooltip's message key for a saved or cleared badge (the toolbar button's own title when clear). */
export function badgeTitleKey(state: 'saved' | 'clear'): 'saveBadgeSaved' | 'actionTitle' {
  return state === 'saved' ? 'saveBadgeSaved' : 'actionTitle';
}

/** Sets the tab's badge and tooltip; `title` is the localised tooltip for that state. */
export async function showBadge(api: BadgeApi, tabId: number, state: BadgeState, title: string): Promise<void> {
  const look = badgeLook(state);
  await api.setBadgeText({ tabId, text: look.text });
  if (look.text) await api.setBadgeBackgroundColor({ tabId, color: look.color });
  await api.setTitle({ tabId, title });
}
