// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findRetraction } from './retraction';
import { storySentences } from './sentences';

const story = (title: string, ...paragraphs: string[]) => findRetraction(storySentences({ title, paragraphs }));

describe('findRetraction', () => {
  it('finds a retraction of the reported study in the headline or the lede', () => {
    expect(story('Journal retracts study that tied a sweetener to memory loss', 'The paper was published in 2024.')).toBe(
      'Journal retracts study that tied a sweetener to memory loss',
    );
    expect(story('Sweetener study pulled', 'The editors have withdrawn the paper after finding errors in its data.')).toBe(
      'The editors have withdrawn the paper after finding errors in its data.',
    );
  });
  it('ignores calls for a retraction, negated ones and retracted papers from the background', () => {
    expect(story('Scientists ask journal to retract sweetener study', 'Forty researchers signed the letter.')).toBeUndefined();
    expect(story('Sweetener study stands', 'The journal said the paper has not been retracted.')).toBeUndefined();
    expect(story('Vaccine safety confirmed again', 'Unlike an earlier retracted study, the new trial found no link.')).toBeUndefined();
    expect(story('Minister retracts remarks on nurses', 'She retracted the comments on Monday.')).toBeUndefined();
    expect(story('Huge study finds no link', 'The findings come 25 years after a retracted paper claimed such a link.')).toBeUndefined();
    expect(story('New trial clears sweetener', 'An older, since-retracted study had linked it to memory loss.')).toBeUndefined();
  });
  it('ignores a retraction mentioned deep in the story', () => {
    expect(story('New sweetener trial', 'A trial tested it.', 'Volunteers took it.', 'The results were clear.', 'A different paper was retracted last year.')).toBeUndefined();
  });
});
