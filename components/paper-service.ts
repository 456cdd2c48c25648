/** The paper check's link to the browser: settings in extension storage, the optional host permission, the client. */
import { createPaperClient, type PaperClient } from '@/lib/paper/client';
import { PAPER_SETTINGS_KEY, paperOrigins, readPaperSettings, storedPaperSettings, type PaperSettings } from '@/lib/paper/settings';

export interface PaperAccess {
  settings: PaperSettings;
  /** The browser lets Caveat reach the API hosts. */
  granted: boolean;
}

/** A seam so the panel is testable without a browser: the real one is browserPaperService. */
export interface PaperService {
  load(): Promise<PaperAccess>;
  /** Asks the browser for the API hosts. Call it first in a click handler: browsers allow the prompt only then. */
  request(settings: PaperSettings): Promise<boolean>;
  save(settings: PaperSettings): Promise<void>;
  client(settings: PaperSettings): PaperClient;
}

export const browserPaperService: PaperService = {
  async load() {
    const settings = readPaperSettings((await browser.storage.local.get(PAPER_SETTINGS_KEY))[PAPER_SETTINGS_KEY]);
    const granted = await browser.permissions.contains({ origins: paperOrigins(settings.api) }).catch(() => false);
    return { settings, granted };
  },
  request: (settings) => browser.permissions.request({ origins: paperOrigins(settings.api) }).catch(() => false),
  save: (settings) => browser.storage.local.set({ [PAPER_SETTINGS_KEY]: storedPaperSettings(settings) }),
  client: (settings) => createPaperClient({ api: settings.api }),
};
