// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodePage } from './decode';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const page = (charset: string) => `<html><head><meta charset="${charset}"><title>Universität</title></head><body><p>Größere Studie über Mäuse</p></body></html>`;

describe('decodePage', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(page('utf-8'));
    expect(decodePage(bytes)).toContain('Größere Studie über Mäuse');
    expect(decodePage(Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes))).toMatch(/^<html>/);
  });

  it('reads a page saved as ISO-8859-1 or windows-1252 by its declaration', () => {
    expect(decodePage(latin1(page('iso-8859-1')))).toContain('Größere Studie über Mäuse');
    expect(decodePage(latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><p>Universität Zürich</p>'))).toContain('Universität Zürich');
  });

  it('falls back on the server’s charset, then on windows-1252, for bytes that are not UTF-8', () => {
    const bare = latin1('<p>Die Universität Zürich</p>');
    expect(decodePage(bare, 'text/html; charset=ISO-8859-1')).toBe('<p>Die Universität Zürich</p>');
    expect(decodePage(bare)).toBe('<p>Die Universität Zürich</p>');
    // An unknown label is no reason to fail.
    expect(decodePage(latin1('<meta charset="x-unheard-of"><p>Universität</p>'))).toContain('Universität');
  });

  it('trusts valid UTF-8 over a template that declares Latin-1', () => {
    expect(decodePage(new TextEncoder().encode(page('iso-8859-1')))).toContain('Größere Studie über Mäuse');
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const text = '<p>Universität</p>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(decodePage(bytes)).toBe(text);
  });
});
