// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cueFactor } from './negation';

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
