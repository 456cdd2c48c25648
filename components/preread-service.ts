import { PREREAD_KEY, prereadOrigins, prereadSetting } from '@/lib/preread';

/** The sites "Read stories as pages load" asks for in this build (end-to-end builds: the test server only). */
export const PREREAD_ORIGINS = prereadOrigins(import.meta.env.WXT_CAVEAT_E2E === '1');

/** Whether pre-reading should run: the setting is on and the sites' access granted (the reader can take it back in the browser). */
export async function prereadWanted(): Promise<boolean> {
  return prereadSetting(await browser.storage.local.get(PREREAD_KEY)) && (await browser.permissions.contains({ origins: PREREAD_ORIGINS }));
}
