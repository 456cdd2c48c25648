import type { TabRef } from './save-tab';

/** The part of `browser.contextMenus` the page menu's "Save to reading list" uses. */
export interface MenuApi {
  removeAll(): Promise<void>;
  create(item: { id: string; title: string; contexts: ['page'] }): unknown;
  onClicked: { addListener(cb: (info: { menuItemId: string | number; pageUrl?: string }, tab?: TabRef) => void): void };
}
/** The part of `browser.commands` the keyboard shortcut uses. */
export interface CommandApi {
  onCommand: { addListener(cb: (command: string, tab?: TabRef) => void): void };
}

const isFunction = (value: unknown) => typeof value === 'function';
const member = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The save gestures this browser offers besides the popup: Firefox for Android has no context menus and no
 * keyboard commands, so there the popup's Save button is the only gesture and the background must not touch them.
 */
export function saveGestures(api: { contextMenus?: unknown; commands?: unknown }): { menus?: MenuApi; commands?: CommandApi } {
  const menus = api.contextMenus;
  const hasMenus = isFunction(member(menus, 'create')) && isFunction(member(menus, 'removeAll')) && isFunction(member(member(menus, 'onClicked'), 'addListener'));
  const hasCommands = isFunction(member(member(api.commands, 'onCommand'), 'addListener'));
  return {
    menus: hasMenus ? (menus as MenuApi) : undefined,
    commands: hasCommands ? (api.commands as CommandApi) : undefined,
  };
}
