// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from './index';
import { createGlossaryMatcher } from './matcher';
import type { GlossaryEntry } from './types';

/** A matcher over the given entries, called like a function. */
const createMatcher = (entries: GlossaryEntry[]) => {
  const m = createGlossaryMatcher(entries);
  return (text: string) => m.find(text);
};
const full = createGlossaryMatcher(ALL_ENTRIES);
const findGlossaryTerms = (text: string) => full.find(text);

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ term, field: 'methods', definition: `About ${term}.`, ...extra });
const match = createMatcher([
  entry('cell'),
  entry('T cell', { aliases: ['T-cell'] }),
  entry('memory T cell', { aliases: ['memory cells'] }),
  entry('CAR-T cell therapy', { aliases: ['CAR-T', 'CAR T cells'] }),
  entry('lithium-ion battery'),
  entry('study', { seeAlso: ['cell'] }),
  entry('tumour', { aliases: ['tumor'] }),
  entry('metastasis'),
  entry('HIV'),
  entry('LED'),
  entry('orbit', { context: ['planet', 'space station'] }),
  entry('Alzheimer\'s disease'),
  entry('PM2.5'),
]);
const terms = (text: string) => match(text).map((h) => h.term);

describe('glossary matcher', () => {
  it('prefers the longest, most specific match', () => {
    expect(terms('Memory T cells lasted.')).toEqual(['memory T cell']);
    expect(terms('The T cell and the cell.')).toEqual(['T cell', 'cell']);
    expect(terms('CAR T cells attacked.')).toEqual(['CAR-T cell therapy']);
  });

  it('matches plural forms, including -ies and Latin ones', () => {
    expect(match('Two studies of cells.').map((h) => h.matched)).toEqual([['studies'], ['cells']]);
    expect(terms('Liver metastases grew.')).toEqual(['metastasis']);
  });

  it('matches a plural that the spelling folds change ("meta-analyses" → "meta-analyzes")', () => {
    const m = createMatcher([entry('meta-analysis'), entry('crisis', { context: ['climate'] })]);
    expect(m('Two meta-analyses agreed.').map((h) => h.matched)).toEqual([['meta-analyses']]);
    expect(m('Climate crises grew.').map((h) => h.term)).toEqual(['crisis']);
  });

  it('treats hyphens and spaces alike', () => {
    expect(match('Lithium ion batteries and lithium-ion battery.')[0].matched).toEqual(['Lithium ion batteries', 'lithium-ion battery']);
    expect(terms('The T-cell count.')).toEqual(['T cell']);
    expect(terms('A car-t therapy')).toEqual([]); // capitalised abbreviation: case-sensitive
  });

  it('does not match inside another word or across punctuation', () => {
    expect(terms('Cellular cellphones hivemind studyhall')).toEqual([]);
    expect(terms('memory. T cells')).toEqual(['T cell']);
  });

  it('folds British and American spellings', () => {
    expect(match('A tumor and two tumours.')[0]).toMatchObject({ term: 'tumour', count: 2, matched: ['tumor', 'tumours'] });
  });

  it('matches words written in capitals case-sensitively, others not', () => {
    expect(terms('HIV rates fell')).toEqual(['HIV']);
    expect(terms('hiv rates fell')).toEqual([]);
    expect(terms('She led the team')).toEqual([]);
    expect(terms('LEDs glow')).toEqual(['LED']);
    expect(terms('THE STUDY')).toEqual(['study']);
  });

  it('matches ambiguous words only with a context word in the same sentence', () => {
    expect(terms('They orbit the planet.')).toEqual(['orbit']);
    expect(terms('They circle the space station in orbit.')).toEqual(['orbit']);
    expect(terms('Orbit is a brand of gum. The planet is far.')).toEqual([]);
    expect(terms('The planet is far. Orbit is a brand of gum.')).toEqual([]);
  });

  it('does not carry a context word over from the text before', () => {
    expect(terms('They orbit the planet.')).toEqual(['orbit']);
    expect(terms('Orbit is a brand of gum.')).toEqual([]);
  });

  it('handles possessives, curly apostrophes and dotted tokens', () => {
    expect(match('Alzheimer’s disease and PM2.5 levels.').map((h) => h.matched[0])).toEqual(['Alzheimer’s disease', 'PM2.5']);
  });

  it('reports term, definition, field, seeAlso and counts in order of first appearance', () => {
    const hits = match('A cell study. Another study.');
    expect(hits.map((h) => [h.term, h.count])).toEqual([['cell', 1], ['study', 2]]);
    expect(hits[1]).toMatchObject({ definition: 'About study.', field: 'methods', seeAlso: ['cell'] });
  });

  it('returns matched strings that occur verbatim in the text', () => {
    const text = 'Memory T-cells, CAR-T, lithium–ion and Lithium-Ion Batteries; tumours. Studies!';
    for (const hit of match(text)) for (const m of hit.matched) expect(text).toContain(m);
  });
});

describe('findGlossaryTerms (the full glossary)', () => {
  const story =
    'In mouse models, CAR-T cells that became memory cells kept lymphoma in remission. Effector T cells faded. ' +
    'The randomized controlled trial used a placebo; a meta-analysis and the viral load of HIV patients were not measured.';

  it('finds the terms a science story needs explained', () => {
    const found = findGlossaryTerms(story).map((h) => h.term);
    for (const t of ['mouse model', 'CAR-T cell therapy', 'memory T cell', 'lymphoma', 'remission', 'effector T cell', 'randomised controlled trial', 'placebo', 'meta-analysis', 'viral load', 'HIV']) {
      expect(found).toContain(t);
    }
  });

  it('only reports strings that occur in the text', () => {
    for (const hit of findGlossaryTerms(story)) for (const m of hit.matched) expect(story).toContain(m);
  });

  it('reads a long text in time linear in its length', () => {
    const long = Array.from({ length: 500 }, () => story).join('\n\n'); // ~19k words, ~200 ms here
    findGlossaryTerms(story);
    const t0 = performance.now();
    findGlossaryTerms(long);
    // Segmenting the whole text at once took 3.5 s (the platform's segmenter slows down on long strings).
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('reads a genus cut to its capital ("E. coli") as one name, across the full stop', () => {
    const hits = findGlossaryTerms('Cases of E. coli rose. Doctors also saw C. diff in two wards.');
    expect(hits.map((h) => [h.term, h.matched])).toEqual(
      expect.arrayContaining([
        ['Escherichia coli', ['E. coli']],
        ['Clostridioides difficile', ['C. diff']],
      ]),
    );
  });

  it('needs particle-physics words around "Standard Model"', () => {
    expect(findGlossaryTerms('The weather service\'s standard model missed the storm.').map((h) => h.term)).not.toContain('Standard Model');
    expect(findGlossaryTerms('Physicists say the result fits the Standard Model.').map((h) => h.term)).toContain('Standard Model');
  });
});
