/**
 * The reader's paper-check settings as kept in extension storage: the contact address, whether they agreed to the
 * look-ups, and (for tests and mirrors) other API bases. Read from storage as unknown data, so every field is checked.
 */
import { DEFAULT_PAPER_API, isContact, type PaperApi } from './urls';

/** The storage key the extension keeps these under. */
export const PAPER_SETTINGS_KEY = 'paperCheck';

export interface PaperSettings {
  api: PaperApi;
  /** The reader agreed to send DOIs and titles to Crossref and Unpaywall (asked once, on the first click). */
  consented: boolean;
}

/** An http(s) base address without query or fragment, or undefined. */
function apiBase(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 500) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash && !url.username ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** Settings from whatever storage holds (nothing, an older shape, junk): the defaults fill every gap. */
export function readPaperSettings(stored: unknown): PaperSettings {
  const s = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const contact = typeof s.contact === 'string' && isContact(s.contact.trim()) ? s.contact.trim() : '';
  return {
    api: { crossref: apiBase(s.crossref) ?? DEFAULT_PAPER_API.crossref, unpaywall: apiBase(s.unpaywall) ?? DEFAULT_PAPER_API.unpaywall, contact },
    consented: s.consented === true,
  };
}

/** What storage keeps: only what differs from the defaults. */
export function storedPaperSettings(settings: PaperSettings): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = { consented: settings.consented };
  if (settings.api.contact) out.contact = settings.api.contact;
  if (settings.api.crossref !== DEFAULT_PAPER_API.crossref) out.crossref = settings.api.crossref;
  if (settings.api.unpaywall !== DEFAULT_PAPER_API.unpaywall) out.unpaywall = settings.api.unpaywall;
  return out;
}

/** The host permissions a check needs: one match pattern per API host (ports are not part of a pattern). */
export function paperOrigins(api: PaperApi): string[] {
  const patterns = [api.crossref, api.unpaywall].map((base) => {
    const url = new URL(base);
    return `${url.protocol}//${url.hostname}/*`;
  });
  return [...new Set(patterns)];
}
