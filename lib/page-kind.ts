/** Why Caveat cannot read a tab, decided from its URL alone before anything is injected. */
export type BlockedReason = 'browser-page' | 'web-store' | 'pdf' | 'view-source' | 'file' | 'no-url';

const STORE_HOSTS = [
  /^chrome\.google\.com$/i, // old Chrome Web Store paths are checked below
  /^chromewebstore\.google\.com$/i,
  /^addons\.mozilla\.org$/i,
  /^microsoftedge\.microsoft\.com$/i,
];

/** Returns why scripts cannot run on this URL, or null when Caveat may try. */
export function blockedReason(rawUrl: string | undefined | null): BlockedReason | null {
  if (!rawUrl) return 'no-url';
  if (/^view-source:/i.test(rawUrl)) return 'view-source';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'no-url';
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme === 'file:') return /\.pdf$/i.test(url.pathname) ? 'pdf' : 'file';
  if (scheme !== 'http:' && scheme !== 'https:') return 'browser-page';
  const host = url.hostname;
  if (STORE_HOSTS.some((re) => re.test(host))) {
    if (!/^chrome\.google\.com$/i.test(host) || url.pathname.startsWith('/webstore')) return 'web-store';
  }
  if (/\.pdf$/i.test(url.pathname)) return 'pdf';
  return null;
}
