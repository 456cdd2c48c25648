// @vitest-environment node
// German pages get German entries, plus English names and acronyms; English pages never get German entries.
import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher } from './matcher';
import type { GlossaryEntry } from './types';

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ term, field: 'methods', definition: `About ${term}.`, ...extra });
const m = createGlossaryMatcher([
  entry('Placebo', { lang: 'de', aliases: ['Scheinmedikament'] }),
  entry('T-Zelle', { lang: 'de' }),
  entry('placebo'),
  entry('gift'),
  entry('HIV'),
]);
const terms = (text: string, lang: string) => m.find(text, lang).map((h) => [h.term, h.matched]);

describe('glossary on German pages', () => {
  it('uses the German entries, with German plurals, on a page whose language is German', () => {
    expect(terms('Die Gruppe bekam ein Placebo. Ihre T-Zellen wuchsen.', 'de-DE')).toEqual([
      ['Placebo', ['Placebo']],
      ['T-Zelle', ['T-Zellen']],
    ]);
  });

  it('uses English names and acronyms there, but no English common word', () => {
    expect(terms('Das Gift wirkte nicht gegen HIV.', 'de')).toEqual([['HIV', ['HIV']]]);
  });

  it('never uses a German entry on an English page', () => {
    expect(terms('A placebo, and T-Zellen in a German quote.', 'en')).toEqual([['placebo', ['placebo']]]);
  });

  it('does not explain a word beside an institution name word', () => {
    expect(terms('Die Placebo Stiftung zahlte.', 'de')).toEqual([]);
  });
});
