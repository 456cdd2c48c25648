/** What the popup knows of a tab (url only where it may read it). */
export interface TabLike {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

/** Whether the tab shows one of Caveat's own pages (`origin` is the extension's, e.g. moz-extension://UUID). */
export const isOwnPage = (tab: TabLike | undefined, origin: string) => !!tab?.url?.startsWith(`${origin}/`);

/**
 * The story the popup should read. Normally the active tab; but Firefox for Android opens the popup as a tab of
 * its own, which is then the active one: there the story is the tab the reader was on last before it.
 */
export function storyTab<T extends TabLike>(active: T | undefined, windowTabs: readonly T[], origin: string): T | undefined {
  if (!isOwnPage(active, origin)) return active;
  const others = windowTabs.filter((tab) => tab.id !== active?.id && !isOwnPage(tab, origin));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? active;
}
