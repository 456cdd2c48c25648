/** Keys of public/_locales/en/messages.json, typed by WXT so a missing message fails `tsc`. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Words come from _locales; the key itself shows if a message is missing at run time. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
