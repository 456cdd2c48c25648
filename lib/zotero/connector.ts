/**
 * Zotero's local connector server (the one the Zotero Connector talks to): is Zotero running, and save items.
 * Needs a fetch that may reach 127.0.0.1 (an extension page with the host permission); tests pass a fake server's.
 */
import { saveItemsPayload, type ZoteroStory } from './items';

export const ZOTERO_CONNECTOR = 'http://127.0.0.1:23119';
/** The connector protocol version Zotero 5 to 7 speak; Zotero refuses connector calls without this header. */
export const CONNECTOR_API_VERSION = '3';

/** Zotero did not answer: not running, or its connector server is off. */
export class ZoteroUnavailableError extends Error {
  constructor(detail: string) {
    super(`Zotero is not running: ${detail}`);
    this.name = 'ZoteroUnavailableError';
  }
}

/** Zotero answered but would not save (a library it cannot write to, a newer or older protocol). */
export class ZoteroRefusedError extends Error {
  constructor(readonly status: number, detail: string) {
    super(`Zotero refused the items (${status}): ${detail}`);
    this.name = 'ZoteroRefusedError';
  }
}

export interface Connector {
  ping(): Promise<void>;
  /** Saves the stories (news items with notes, their papers); resolves to how many items Zotero took. */
  saveStories(stories: ZoteroStory[]): Promise<number>;
}

export interface ConnectorOptions {
  fetch: typeof fetch;
  base?: string;
  /** Milliseconds before a silent Zotero counts as not running. */
  timeoutMs?: number;
  now?: () => Date;
  sessionId?: () => string;
}

export function createConnector(o: ConnectorOptions): Connector {
  const base = (o.base ?? ZOTERO_CONNECTOR).replace(/\/$/, '');
  const post = async (path: string, body: unknown, timeoutMs: number): Promise<Response> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await o.fetch(`${base}/connector/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Zotero-Connector-API-Version': CONNECTOR_API_VERSION },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      throw new ZoteroUnavailableError(error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  };
  const ping = async () => {
    const res = await post('ping', {}, o.timeoutMs ?? 3_000);
    if (!res.ok) throw new ZoteroUnavailableError(`ping answered ${res.status}`);
  };
  return {
    ping,
    async saveStories(stories) {
      await ping();
      const payload = saveItemsPayload(stories, o.sessionId?.() ?? `caveat-${Date.now().toString(36)}`, o.now?.() ?? new Date());
      // Saving many items (and Zotero's own metadata lookups) can take a while.
      const res = await post('saveItems', payload, Math.max(o.timeoutMs ?? 3_000, 30_000));
      if (res.status !== 201 && res.status !== 200) throw new ZoteroRefusedError(res.status, (await res.text().catch(() => '')).slice(0, 200));
      return payload.items.length;
    },
  };
}
