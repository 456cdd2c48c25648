// @vitest-environment node
// Terms as real stories write them: in quotes, across hyphens and invisible characters, in either spelling,
// and not where the words are part of an institution's name.
import { describe, expect, it } from 'vitest';
import { foldWord } from './fold';
import { createGlossaryMatcher } from './matcher';
import type { GlossaryEntry } from './types';

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ term, field: 'methods', definition: `About ${term}.`, ...extra });
const m = createGlossaryMatcher([
  entry('memory T cell', { aliases: ['memory cell'] }),
  entry('effector T cell', { aliases: ['effector cell'] }),
  entry('lithium-ion battery'),
  entry('immunotherapy'),
  entry('AIDS'),
  entry('HIV'),
  entry('FDA'),
  entry("Alzheimer's disease", { aliases: ["Alzheimer's"] }),
  entry('grey matter'),
]);
const found = (text: string) => m.find(text).map((h) => [h.term, h.matched, h.count]);

describe('terms across quote marks', () => {
  it('matches a term whose first word is in quotes, and reports the quotes in pairs', () => {
    expect(found('Some become "effector" cells; others “memory” cells.')).toEqual([
      ['effector T cell', ['"effector" cells'], 1],
      ['memory T cell', ['“memory” cells'], 1],
    ]);
    expect(found("so-called 'memory' cells and memory ‘cells’")).toEqual([['memory T cell', ["'memory' cells", 'memory ‘cells’'], 2]]);
  });

  it('still stops at a sentence end or other punctuation between the words', () => {
    expect(found('It was a "memory." Cells divided.')).toEqual([]);
    expect(found('memory, cells')).toEqual([]);
  });
});

describe('hyphens, dashes and invisible characters', () => {
  it('reads an en dash between two words as a hyphen, but not a spaced dash', () => {
    expect(found('A lithium–ion battery.')).toEqual([['lithium-ion battery', ['lithium–ion battery'], 1]]);
    expect(found('Lithium – ion battery')).toEqual([]);
  });

  it('reads a word with a soft hyphen or word joiner inside as one word', () => {
    expect(found('New immuno\u00adtherapy and immuno\u2060therapy.')).toEqual([['immunotherapy', ['immuno\u00adtherapy', 'immuno\u2060therapy'], 2]]);
  });
});

describe('British and American spellings', () => {
  it('folds the spellings the rules do not reach to one form', () => {
    for (const [british, american] of [['ageing', 'aging'], ['aluminium', 'aluminum'], ['mould', 'mold'], ['sulphur', 'sulfur'], ['odour', 'odor'], ['grey', 'gray'], ['programme', 'program']]) {
      expect(foldWord(british)).toBe(foldWord(american));
    }
    expect(found('More gray matter.')).toEqual([['grey matter', ['gray matter'], 1]]);
  });
});

describe('inside the names of institutions', () => {
  it('does not explain a word that is part of an institution’s name', () => {
    expect(found('Money came from the Center for AIDS Research at the university, which said little.')).toEqual([]);
    expect(found('The HIV Vaccine Trials Network ran the study in six countries last year.')).toEqual([]);
    expect(found("A spokesperson for the Alzheimer's Association said the result was welcome.")).toEqual([]);
  });

  it('still explains the word outside the name, and an acronym that owns the name after it', () => {
    expect(found('The Center for AIDS Research studies how AIDS progresses in older adults.')).toEqual([['AIDS', ['AIDS'], 1]]);
    expect(found("Last year the FDA's Center for Drug Evaluation approved the drug after a long review.")).toEqual([['FDA', ['FDA'], 1]]);
  });
});
