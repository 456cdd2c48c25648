// @vitest-environment node
// The behaviour the glossary promises readers, checked against the real data.
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from './index';
import { createGlossaryMatcher } from './matcher';

const full = createGlossaryMatcher(ALL_ENTRIES);
const findGlossaryTerms = (text: string) => full.find(text);

const terms = (text: string) => findGlossaryTerms(text).map((h) => h.term);

describe('glossary on real data', () => {
  it('prefers the longest, most specific term', () => {
    const hits = findGlossaryTerms('The memory T cells lasted longer. Other T cells faded.');
    expect(hits.map((h) => [h.term, h.matched])).toEqual([
      ['memory T cell', ['memory T cells']],
      ['T cell', ['T cells']],
    ]);
  });

  it('does not explain "cell" on its own, nor "mass" outside body mass index', () => {
    expect(terms('The cell divided under the microscope in the human body.')).not.toContain('cell');
    expect(terms('The mass of the rock was measured.')).toEqual([]);
    expect(terms('Their body mass index fell.')).toContain('BMI');
  });

  it('finds the seed story’s jargon in its different spellings', () => {
    const found = terms('CAR T-cell therapy put her leukemia into remission; effector cells burn out, while a lower viral load showed HIV was held down.');
    expect(found).toEqual(expect.arrayContaining(['CAR-T cell therapy', 'leukaemia', 'remission', 'viral load', 'HIV']));
  });

  it('prefers "electron microscope" over "electron"', () => {
    expect(terms('Seen with a scanning electron microscope.')).toEqual(['electron microscope']);
  });
});
