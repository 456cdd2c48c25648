// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../tests/support/fixtures';
import { clauseStart, cueFactor } from './negation';

const at = (sentence: string, cue: string) => {
  const i = sentence.indexOf(cue);
  return cueFactor(sentence, i, i + cue.length);
};

describe('cueFactor', () => {
  it('keeps a plainly stated cue', () => {
    expect(at('The drug was tested in mice.', 'in mice')).toBe(1);
  });
  it('drops a negated cue', () => {
    expect(at('The treatment has not yet been tested in people.', 'tested in people')).toBe(0);
    expect(at('Unlike earlier mouse studies, this one followed people.', 'mouse studies')).toBe(0);
  });
  it('does not carry a negation across a clause boundary', () => {
    expect(at('Unlike earlier work, the team studied mouse models directly.', 'mouse models')).toBe(1);
  });
  it('discounts plans and hopes', () => {
    expect(at('The team hopes to begin a clinical trial next year.', 'clinical trial')).toBe(0.3);
    expect(at('Human trials are still years away.', 'Human trials')).toBe(0.3);
  });
  it('drops a cue negated after it', () => {
    expect(at('Human trials have yet to begin.', 'Human trials')).toBe(0);
  });
});

// The plain reading clauseStart must agree with: the window's last comma, semicolon, colon or spaced dash.
function plainStart(sentence: string, start: number): number {
  const from = Math.max(0, start - 48);
  const window = sentence.slice(from, start);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(' — '), window.lastIndexOf(' – '), window.lastIndexOf(':'));
  return cut >= 0 ? from + cut + 1 : from;
}

describe('clauseStart against the plain reading', () => {
  // Sentences written for this test: clause marks near cues, dashes with and without spaces, marks at the window's edges.
  const written = [
    'The vaccine has not yet been tested in people, and trials are not planned.',
    'Researchers cannot say whether the mice would respond; human trials could begin in 2027.',
    'Unlike earlier mouse studies — which never reached patients — this trial enrolled 400 adults.',
    'A nonstandard, unplanned analysis: the cohort is still recruiting and results will follow.',
    'Dates–ranges and a dash —glued to a word, then a spaced – en dash before the cue.',
    'x — y',
  ];
  const pages = readdirSync(FIXTURES_DIR).flatMap((slug) => {
    try {
      const html = readFileSync(`${FIXTURES_DIR}/${slug}/page.html`, 'utf8');
      return html.replace(/<(script|style)[^]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '\n').split(/\n+|(?<=[.!?])\s+/);
    } catch {
      return [];
    }
  });
  it('starts the clause before a cue where the plain reading does, at every position of every sentence', () => {
    let compared = 0;
    let cut = 0;
    const wrong: string[] = [];
    for (const s of [...written, ...pages])
      for (let start = 0; start <= s.length; start++) {
        const want = plainStart(s, start);
        if (clauseStart(s, start) !== want) wrong.push(`${start} in "${s}"`);
        compared++;
        if (want > Math.max(0, start - 48)) cut++;
      }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(20_000);
    expect(cut).toBeGreaterThan(2_000);
  });
});
