/** What the popup knows of a tab (url only where it may read it). */
export interface TabLike {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

/** Whether the tab shows one of Caveat's own pages (`origin` is the extension's, e.g. moz-extension://UUID). */
export const isOwnPage = (tab: TabLike | undefined, origin: string) => !!tab?.url?.startsWith(`${origin}/`);

/** Whether the popup may be a tab of its own: its active tab is Caveat's page, or one whose address it may not see. */
export const mayBeOwnTab = (active: TabLike | undefined, origin: string) => active !== undefined && (active.url === undefined || isOwnPage(active, origin));

/**
 * The story the popup should read. Normally the active tab; but Firefox for Android opens the popup as a tab of
 * its own (`self`, from tabs.getCurrent(); none in a real popup), which is then the active one: there the story
 * is the tab the reader was on last before it, leaving out Caveat's own pages.
 */
export function storyTab<T extends TabLike>(active: T | undefined, windowTabs: readonly T[], self: TabLike | undefined, origin: string): T | undefined {
  if (active === undefined || self?.id === undefined || active.id !== self.id) return active;
  const others = windowTabs.filter((tab) => tab.id !== self.id && !isOwnPage(tab, origin));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? active;
}
