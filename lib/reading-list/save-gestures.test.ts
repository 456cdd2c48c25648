import { describe, expect, it, vi } from 'vitest';
import { saveGestures } from './save-gestures';

const event = () => ({ addListener: vi.fn() });

describe('saveGestures', () => {
  it('offers the page menu and the shortcut where the browser has both (desktop)', () => {
    const contextMenus = { create: vi.fn(), removeAll: vi.fn(), onClicked: event() };
    const commands = { onCommand: event() };
    expect(saveGestures({ contextMenus, commands })).toEqual({ menus: contextMenus, commands });
  });

  it('offers neither where they are missing (Firefox for Android)', () => {
    expect(saveGestures({})).toEqual({ menus: undefined, commands: undefined });
    expect(saveGestures({ contextMenus: undefined, commands: null })).toEqual({ menus: undefined, commands: undefined });
  });

  it('does not take a half-present API for a working one', () => {
    expect(saveGestures({ contextMenus: { create: vi.fn() }, commands: { onCommand: {} } })).toEqual({ menus: undefined, commands: undefined });
  });
});
