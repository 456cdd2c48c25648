/**
 * "Read stories as pages load": an opt-in that registers the pre-read script on every http(s) page, so the popup's
 * verdict does not wait for the tab to be read. On only while the setting is on and the sites' access is granted.
 */

/** Where the setting is kept (extension storage.local). */
export const PREREAD_KEY = 'prereadPages';
/** The id of the registered content script. */
export const PREREAD_SCRIPT_ID = 'caveat-pre-read';
/** The built script's path. */
export const PREREAD_SCRIPT = 'pre-read.js';

/**
 * The sites the script is registered on and the access asked for: every http(s) page; end-to-end builds use the
 * test server's address, which their manifest already grants (no test can answer Chromium's permission prompt).
 */
export function prereadOrigins(e2e: boolean): string[] {
  return e2e ? ['http://127.0.0.1/*'] : ['http://*/*', 'https://*/*'];
}

/** The setting from whatever storage holds: on only when it says exactly true. */
export function prereadSetting(stored: Record<string, unknown>): boolean {
  return stored[PREREAD_KEY] === true;
}

/** What the background should do to the registered script: register it, unregister it, or nothing. */
export function prereadChange(wanted: boolean, registered: boolean): 'register' | 'unregister' | null {
  if (wanted === registered) return null;
  return wanted ? 'register' : 'unregister';
}
