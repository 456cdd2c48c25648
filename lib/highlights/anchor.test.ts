import { describe, expect, it } from 'vitest';
import { describe as describeQuote, flatten, locate } from './anchor';

const story =
  'The vaccine cut infections by half in mice. Researchers said more work is needed. ' +
  'In the second trial the vaccine cut infections by half in mice again, the team wrote in Nature.';

function quote(text: string, words: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  return describeQuote(text, at, at + words.length)!;
}

describe('flatten', () => {
  it('collapses whitespace runs and maps back to raw offsets', () => {
    const flat = flatten('a \n\t b  c');
    expect(flat.text).toBe('a b c');
    expect(flat.rawOf[2]).toBe(5);
    expect(flat.rawOf[flat.text.length]).toBe(9);
  });
});

describe('locate', () => {
  it('finds the passage where it was, the second of two equal ones by its context', () => {
    const sel = quote(story, 'the vaccine cut infections by half in mice', 0);
    expect(sel.prefix).toContain('second trial');
    const at = locate(story, sel)!;
    expect(at.start).toBe(story.indexOf('the vaccine cut'));
    expect(story.slice(at.start, at.end)).toBe(sel.exact);
  });

  it('survives text added before it (the position hint is only a hint)', () => {
    const sel = quote(story, 'more work is needed');
    const changed = 'Updated: a correction was added. ' + story;
    const at = locate(changed, sel)!;
    expect(changed.slice(at.start, at.end)).toBe('more work is needed');
  });

  it('picks the occurrence whose context agrees even after the text moved', () => {
    const sel = quote(story, 'The vaccine cut infections by half in mice', 0);
    const changed = 'Intro line. ' + story.replace('In the second trial the', 'Later the');
    const at = locate(changed, sel)!;
    expect(at.start).toBe(changed.indexOf('The vaccine'));
  });

  it('finds a passage whose own words changed a little, between its prefix and suffix', () => {
    const sel = quote(story, 'Researchers said more work is needed.');
    const changed = story.replace('Researchers said more work', 'Scientists said more work');
    const at = locate(changed, sel)!;
    expect(changed.slice(at.start, at.end)).toBe('Scientists said more work is needed.');
  });

  it('gives up when the passage is gone', () => {
    const sel = quote(story, 'more work is needed');
    expect(locate('A different story entirely, about comets and their tails in winter.', sel)).toBeNull();
  });

  it('refuses a selection of spaces only', () => {
    expect(describeQuote('a   b', 1, 2)).toBeNull();
  });
});
