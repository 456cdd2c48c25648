// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { storySentences } from './sentences';

describe('storySentences', () => {
  it('weights the headline above the lede above later paragraphs and skips a repeated headline', () => {
    const s = storySentences({ title: 'Mice live longer', paragraphs: ['Mice live longer', 'Lede one.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.'] });
    expect(s[0]).toMatchObject({ text: 'Mice live longer', weight: 3 });
    expect(s[1]).toMatchObject({ text: 'Lede one.', paragraph: 1, weight: 2 });
    expect(s.at(-1)).toMatchObject({ text: 'Seven.', weight: 1 });
    expect(s.filter((x) => x.text === 'Mice live longer')).toHaveLength(1);
  });
});
