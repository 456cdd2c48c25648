/** Unpaywall's answer (api.unpaywall.org/v2/{doi}) read into the one open copy worth showing, checked like any network JSON. */
import { plain } from './crossref';
import type { OpenCopy } from './types';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A web address, or undefined: a link from the network is shown only when it is http(s). */
export function webLink(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length > 2_000) return undefined;
  try {
    const { protocol } = new URL(v);
    return protocol === 'https:' || protocol === 'http:' ? v : undefined;
  } catch {
    return undefined;
  }
}

function copyOf(location: unknown): OpenCopy | null {
  if (!isObj(location)) return null;
  const pdf = webLink(location.url_for_pdf);
  const url = pdf ?? webLink(location.url) ?? webLink(location.url_for_landing_page);
  if (!url) return null;
  const host = plain(location.host_type, 30);
  const version = plain(location.version, 30);
  const license = plain(location.license, 60);
  return { url, pdf: !!pdf, ...(host ? { host } : {}), ...(version ? { version } : {}), ...(license ? { license } : {}) };
}

/**
 * The best legal open copy: Unpaywall's best_oa_location, else its first location with a PDF, else its first
 * location at all; null when Unpaywall knows none (is_oa false, or no usable link).
 */
export function readOpenCopy(body: unknown): OpenCopy | null {
  if (!isObj(body) || body.is_oa !== true) return null;
  const locations = Array.isArray(body.oa_locations) ? body.oa_locations : [];
  const best = copyOf(body.best_oa_location);
  if (best?.pdf) return best;
  const withPdf = locations.map(copyOf).find((c) => c?.pdf);
  return withPdf ?? best ?? locations.map(copyOf).find((c) => c !== null) ?? null;
}
