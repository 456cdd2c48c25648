/**
 * Which tabs show the "saved" badge for which story, so the badge follows the reading list: a tab is forgotten
 * when it closes or navigates, deleting a story clears the badge of tabs showing it, and undo puts it back.
 * The background has no `tabs` permission and cannot read tab URLs, so it remembers the URL each tab was saved
 * under, in session storage: an MV3 service worker may be stopped between events and lose its memory.
 */

/** The part of `browser.storage.session` the tracker uses (memoryArea where the browser has none). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A tab saved as `url`; `shown` is false while that story is deleted (undo may bring it back). */
export interface TabEntry {
  url: string;
  shown: boolean;
}

/** Tab id (as a string: storage keys) → what it was saved as. */
export type TabMap = Record<string, TabEntry>;

export const BADGED_TABS_KEY = 'badgedTabs';

export interface BadgeTabsDeps {
  area: SessionArea;
  /** Shows the saved mark on a tab, or clears it. */
  show(tabId: number, state: 'saved' | 'clear'): Promise<void>;
}

/** A storage area in memory: what the tracker falls back to without storage.session. */
export function memoryArea(): SessionArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (next) => {
      for (const [k, v] of Object.entries(next)) items[k] = structuredClone(v);
    },
  };
}

export function withSaved(map: TabMap, tabId: number, url: string): TabMap {
  return { ...map, [tabId]: { url, shown: true } };
}

export function withoutTab(map: TabMap, tabId: number): TabMap {
  if (!(String(tabId) in map)) return map;
  const next = { ...map };
  delete next[tabId];
  return next;
}

/** Marks the tabs saved as any of `urls` shown or not; returns the tabs whose state changed. */
export function withShown(map: TabMap, urls: readonly string[], shown: boolean): { map: TabMap; changed: number[] } {
  const wanted = new Set(urls);
  const next = { ...map };
  const changed: number[] = [];
  for (const [tab, entry] of Object.entries(map)) {
    if (!wanted.has(entry.url) || entry.shown === shown) continue;
    next[tab] = { ...entry, shown };
    changed.push(Number(tab));
  }
  return { map: next, changed };
}

function asMap(value: unknown): TabMap {
  return value && typeof value === 'object' ? (value as TabMap) : {};
}

/** The tracker: every change is read-modify-write on the stored map, one at a time so events cannot lose updates. */
export function badgeTabs(deps: BadgeTabsDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (map: TabMap) => { map: TabMap; show?: number[]; state?: 'saved' | 'clear' }): Promise<void> => {
    const run = queue.then(async () => {
      const before = asMap((await deps.area.get(BADGED_TABS_KEY))[BADGED_TABS_KEY]);
      const { map, show = [], state = 'clear' } = change(before);
      if (map !== before) await deps.area.set({ [BADGED_TABS_KEY]: map });
      // A tab closed meanwhile makes its badge call fail; the others still update.
      await Promise.all(show.map((tabId) => deps.show(tabId, state).catch(() => undefined)));
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    /** The tab now shows the saved mark for the story filed under `url`. */
    saved: (tabId: number, url: string) => update((m) => ({ map: withSaved(m, tabId, url) })),
    /** The tab closed or navigated: it no longer shows that story. */
    forget: (tabId: number) => update((m) => ({ map: withoutTab(m, tabId) })),
    /** Stories were deleted (saved false) or put back by undo (saved true): update the tabs showing them. */
    storiesChanged: (urls: readonly string[], saved: boolean) =>
      update((m) => {
        const { map, changed } = withShown(m, urls, saved);
        return { map: changed.length ? map : m, show: changed, state: saved ? 'saved' : 'clear' };
      }),
    /** The current map (tests and debugging). */
    tabs: async (): Promise<TabMap> => asMap((await deps.area.get(BADGED_TABS_KEY))[BADGED_TABS_KEY]),
  };
}

export type BadgeTabs = ReturnType<typeof badgeTabs>;
