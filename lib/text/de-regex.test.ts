// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { de } from './de-regex';

describe('de()', () => {
  it('treats German letters as word letters for \\b and \\w', () => {
    expect('Versuche an Mäusen zeigten'.match(de(String.raw`\ban Mäusen\b`))?.[0]).toBe('an Mäusen');
    expect(de(String.raw`\bMäuse\b`).test('Mäusestudie')).toBe(false);
    expect('eine Übersichtsarbeit'.match(de(String.raw`\bÜbersicht\w*`))?.[0]).toBe('Übersichtsarbeit');
    expect(de(String.raw`\bStudie\b`).test('Fallstudie')).toBe(false);
  });
  it('keeps escaped backslashes and adds the u flag', () => {
    expect(de(String.raw`a\\b`, 'g').flags).toBe('gu');
    expect(de(String.raw`a\\b`).test('a\\b')).toBe(true);
  });
});

describe('de() inside character classes', () => {
  it('widens \\w inside a class too', () => {
    expect('Fachzeitschrift „Angewandte Chemie“'.match(de(String.raw`\bAngew[\w-]*`))?.[0]).toBe('Angewandte');
    expect('Öko-Test'.match(de(String.raw`[\w-]+`))?.[0]).toBe('Öko-Test');
  });
});
