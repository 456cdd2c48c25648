// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CueFilter, forgetCueTexts } from './match-starts';
import { TABLE } from './start-table';

// In a file of its own, so the shared pool starts at its first size and the long text below must grow it.
describe('start table', () => {
  it('keeps rows right when a long text makes the pool grow in the middle of a walk', () => {
    const placebo = /\bplacebo\b/i;
    const cues = [placebo, /\bmice\b/i, /\bin vitro\b/i, /\b(?:randomi[sz]ed )?trials?\b/i, /\bgave (?:\w+ )?mice\b/i];
    const f = new CueFilter(cues);
    forgetCueTexts();
    const short = 'In a randomised trial, mice were given a placebo.';
    expect(f.test(placebo, short)).toBe(true);
    const before = TABLE.pool.length;
    const long = Array.from({ length: 12_000 }, (_, i) => `Trial ${i} gave mice a placebo in vitro.`).join(' ');
    const found: number[] = [];
    for (let m = f.exec(placebo, long); m; m = f.exec(placebo, long, m.index + 1)) found.push(m.index);
    expect(TABLE.pool.length).toBeGreaterThan(before);
    expect(found).toEqual([...long.matchAll(/\bplacebo\b/gi)].map((m) => m.index));
    // Every regex's positions survive the growth, the last ones included.
    const from = long.length - 80;
    for (const re of cues) {
      const g = new RegExp(re.source, 'gi');
      g.lastIndex = from;
      const want = g.exec(long);
      expect(want, String(re)).not.toBeNull();
      expect(f.exec(re, long, from)?.index, String(re)).toBe(want!.index);
    }
    // The row read before the growth still answers.
    expect(f.exec(placebo, short)?.index).toBe(short.indexOf('placebo'));
  });
});
