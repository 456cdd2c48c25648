// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../tests/support/fixtures';
import { forgetCueTexts } from './match-starts';
import { cueFactor, negatedBefore } from './negation';

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

// The plain reading cueFactor must agree with: slice the clause before and the words after, run every regex.
const NEG_BEFORE_RE =
  /\b(?:not|no|never|nor|yet to|without|unlike|rather than|instead of|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|hadn['’]t|aren['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t|won['’]t|lack of|absence of|beyond|until|unless|before (?:any|it is|they are|being|moving|testing))\b/i;
const HEDGE_BEFORE_RE =
  /\b(?:will|would|could|might|may|can|plan(?:s|ned)? to|planned|planning|hope(?:s|d)? to|aim(?:s|ed)? to|next step|next steps|future|eventually|one day|need(?:s|ed)? to|needed|should|expected to|waiting (?:on|for)|await(?:s|ing)?|further (?:testing|studies|trials|research)|before (?:it|they|the \w+) (?:can|could))\b/i;
const NEG_AFTER_RE = /^[^.;]{0,30}?\b(?:(?:is|are|has|have) (?:not|yet to)|(?:remain|remains) untested|have yet|has yet)\b/i;
const HEDGE_AFTER_RE =
  /^[^.;]{0,30}?\b(?:(?:is|are) (?:still )?(?:years away|planned|needed|expected|the next step|to follow|set to (?:begin|start))|(?:will|should|would|could) (?:begin|start|follow|be available|report|read out|finish)|(?:is|are) (?:currently |now )?(?:underway|under way|recruiting|enrolling|planned)|(?:currently|now) (?:underway|under way|recruiting|enrolling))\b/i;
function plainBefore(sentence: string, start: number): string {
  const window = sentence.slice(Math.max(0, start - 48), start);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(' — '), window.lastIndexOf(' – '), window.lastIndexOf(':'));
  return cut >= 0 ? window.slice(cut + 1) : window;
}
function plainFactor(sentence: string, start: number, end: number): number {
  const before = plainBefore(sentence, start);
  const after = sentence.slice(end, end + 48);
  if (NEG_BEFORE_RE.test(before) || NEG_AFTER_RE.test(after)) return 0;
  if (HEDGE_BEFORE_RE.test(before) || HEDGE_AFTER_RE.test(after)) return 0.3;
  return 1;
}

describe('cueFactor against the plain reading', () => {
  // Sentences written for this test: negations and plans near cues, windows that cut words, clause marks.
  const written = [
    'The vaccine has not yet been tested in people, and trials are not planned.',
    'Researchers cannot say whether the mice would respond; human trials could begin in 2027.',
    'Unlike earlier mouse studies — which never reached patients — this trial enrolled 400 adults.',
    'A nonstandard, unplanned analysis: the cohort is still recruiting and results will follow.',
    'The drug, which has yet to be approved, worked in cells before any animal testing began.',
    'Notwithstanding the caveats, a phase 2 trial is underway and is expected to report next year.',
    'Scientists hope to move to human trials; the team needs to raise money first.',
    'Annotated knockout mice werenot treated, but cannotbe compared with wildtype mice.',
  ];
  const pages = readdirSync(FIXTURES_DIR).flatMap((slug) => {
    try {
      const html = readFileSync(`${FIXTURES_DIR}/${slug}/page.html`, 'utf8');
      return html.replace(/<(script|style)[^]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '\n').split(/\n+|(?<=[.!?])\s+/);
    } catch {
      return [];
    }
  });
  it('gives the same factor for a cue at every word of every sentence, and the same negation', () => {
    forgetCueTexts();
    let compared = 0;
    let notOne = 0;
    const wrong: string[] = [];
    for (const s of [...written, ...pages]) {
      for (const m of s.matchAll(/\b\w+(?: \w+)?/g)) {
        const start = m.index;
        const end = start + m[0].length;
        const want = plainFactor(s, start, end);
        if (cueFactor(s, start, end) !== want) wrong.push(`${m[0]} in "${s}"`);
        if (negatedBefore(s, start) !== NEG_BEFORE_RE.test(plainBefore(s, start))) wrong.push(`negation before ${m[0]} in "${s}"`);
        compared++;
        if (want !== 1) notOne++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(5000);
    expect(notOne).toBeGreaterThan(200);
  });
});
