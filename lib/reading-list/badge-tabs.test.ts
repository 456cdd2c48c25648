// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BADGED_TABS_KEY, badgeTabs, memoryArea, withShown, withoutTab, withSaved, type SessionArea } from './badge-tabs';

/** A fake badge API: the last state shown per tab; tab 99 is closed (its badge calls fail). */
function setup(area: SessionArea = memoryArea()) {
  const shown = new Map<number, string>();
  const tabs = badgeTabs({
    area,
    show: async (tabId, state) => {
      if (tabId === 99) throw new Error('No tab with id 99');
      shown.set(tabId, state);
    },
  });
  return { tabs, shown, area };
}

const A = 'https://news.example/a';
const B = 'https://news.example/b';

describe('tab map transitions', () => {
  it('records, forgets and marks tabs without changing the map given', () => {
    const m0 = {};
    const m1 = withSaved(withSaved(m0, 1, A), 2, B);
    expect(m0).toEqual({});
    expect(m1).toEqual({ 1: { url: A, shown: true }, 2: { url: B, shown: true } });
    expect(withoutTab(m1, 1)).toEqual({ 2: { url: B, shown: true } });
    expect(withoutTab(m1, 7)).toBe(m1);
    const { map, changed } = withShown(m1, [A], false);
    expect(changed).toEqual([1]);
    expect(map[1]).toEqual({ url: A, shown: false });
    expect(withShown(map, [A], false).changed).toEqual([]);
  });
});

describe('badgeTabs', () => {
  it('clears the badge of every tab showing a deleted story, and undo brings it back', async () => {
    const { tabs, shown } = setup();
    await tabs.saved(1, A);
    await tabs.saved(2, A);
    await tabs.saved(3, B);
    await tabs.storiesChanged([A], false);
    expect([...shown]).toEqual([[1, 'clear'], [2, 'clear']]);
    await tabs.storiesChanged([A], true);
    expect([...shown]).toEqual([[1, 'saved'], [2, 'saved']]);
    expect(shown.has(3)).toBe(false);
  });

  it('leaves tabs that closed or navigated alone', async () => {
    const { tabs, shown } = setup();
    await tabs.saved(1, A);
    await tabs.saved(2, A);
    await tabs.forget(2);
    await tabs.storiesChanged([A], false);
    expect([...shown]).toEqual([[1, 'clear']]);
    await tabs.forget(1);
    await tabs.storiesChanged([A], true);
    expect([...shown]).toEqual([[1, 'clear']]);
    expect(await tabs.tabs()).toEqual({});
  });

  it('a tab saved again under another URL follows the new story', async () => {
    const { tabs, shown } = setup();
    await tabs.saved(1, A);
    await tabs.saved(1, B);
    await tabs.storiesChanged([A], false);
    expect(shown.size).toBe(0);
    await tabs.storiesChanged([B], false);
    expect(shown.get(1)).toBe('clear');
  });

  it('survives a restart of the worker: the map lives in the storage area', async () => {
    const area = memoryArea();
    await setup(area).tabs.saved(4, A);
    const again = setup(area);
    await again.tabs.storiesChanged([A], false);
    expect(again.shown.get(4)).toBe('clear');
    expect((await area.get(BADGED_TABS_KEY))[BADGED_TABS_KEY]).toEqual({ 4: { url: A, shown: false } });
  });

  it('applies events one at a time, so none is lost, and a closed tab does not stop the others', async () => {
    const { tabs, shown } = setup();
    await Promise.all([tabs.saved(1, A), tabs.saved(99, A), tabs.saved(2, B), tabs.saved(3, A)]);
    expect(Object.keys(await tabs.tabs()).sort()).toEqual(['1', '2', '3', '99']);
    await tabs.storiesChanged([A, B], false);
    expect([...shown].sort()).toEqual([[1, 'clear'], [2, 'clear'], [3, 'clear']]);
  });

  it('keeps working after a storage failure', async () => {
    const area = memoryArea();
    let fail = true;
    const flaky: SessionArea = { get: (k) => (fail ? Promise.reject(new Error('quota')) : area.get(k)), set: (i) => area.set(i) };
    const { tabs, shown } = setup(flaky);
    await expect(tabs.saved(1, A)).rejects.toThrow('quota');
    fail = false;
    await tabs.saved(1, A);
    await tabs.storiesChanged([A], false);
    expect(shown.get(1)).toBe('clear');
  });
});
