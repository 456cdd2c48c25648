/**
 * Text from a page is printed to a terminal: its control characters (escape sequences that move the cursor,
 * rewrite the title or the clipboard, C1 controls) and bidirectional overrides that reorder what is shown
 * are dropped, so a page can only ever print words. Newlines and tabs stay.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROLS, '');
}

/** JSON as printed: the same value, with the controls JSON.stringify leaves raw (DEL, C1, bidi) written as \u escapes. */
export function printableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
