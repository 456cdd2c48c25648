// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scanTokens, TokenBuffer, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps apostrophes and dots inside words and drops a possessive', () => {
    const t = tokenize("Alzheimer's PM2.5 A.I. tumour’s cells' end");
    expect(t.raws).toEqual(['Alzheimer', 'PM2.5', 'A.I', 'tumour', 'cells', 'end']);
    expect(t.keys).toEqual(['alzheimer', 'pm2.5', 'a.i', 'tumor', 'cells', 'end']);
    expect(t.ends[0]).toBe(9);
  });

  it('counts sentences but not after abbreviations, and joins only across spaces and hyphens', () => {
    const t = tokenize('Dr. Smith ran. "Yes." Then CAR-T, CAR T\nnext');
    expect(t.sentence).toEqual([0, 0, 0, 1, 2, 2, 2, 2, 2, 3]);
    expect(t.joinable).toEqual([false, false, true, false, false, true, true, false, true, false]);
  });

  it('reads letters outside ASCII and astral characters as one code point', () => {
    expect(tokenize('naïve Ångström 𝐀x 😀 déjà').raws).toEqual(['naïve', 'Ångström', '𝐀x', 'déjà']);
  });

  it('grows its buffers past their first size and reuses them', () => {
    const b = new TokenBuffer();
    scanTokens(Array.from({ length: 2000 }, (_, k) => `w${k}`).join(' '), b);
    expect(b.n).toBe(2000);
    expect(b.starts[1999]).toBe(b.ends[1998] + 1);
    scanTokens('one two', b);
    expect(b.n).toBe(2);
    expect(b.starts[1]).toBe(4);
  });
});
