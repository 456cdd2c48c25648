/**
 * A saved page's bytes → text, as a browser would read them: a byte-order mark decides; bytes that are valid UTF-8
 * are UTF-8 (whatever an old template declares); otherwise the page's own `<meta charset>` (or `http-equiv`), or the
 * HTTP `Content-Type` charset, and failing both windows-1252, the Web's default for Western pages. A German page
 * saved as ISO-8859-1 would otherwise lose every "ä" and "ß", and with them the words Caveat reads.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined; // a label no decoder knows
  }
}

export function decodePage(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return new TextDecoder(bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: what the page (or its server) says it is.
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  return (decoderFor(declared) ?? new TextDecoder('windows-1252')).decode(bytes);
}
