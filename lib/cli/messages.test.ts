// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { message } from './messages';

describe('CLI messages', () => {
  it('reads the extension’s own words and fills placeholders', () => {
    expect(message('studyType_animal')).toBe('Study in animals');
    expect(message('wordsAndMinutes', ['812', '4'])).toBe('812 words · 4 min read');
  });

  it('gives the key back when a message is missing', () => {
    expect(message('noSuchKey')).toBe('noSuchKey');
  });
});
