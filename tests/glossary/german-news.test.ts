// @vitest-environment node
// How much of the jargon in German news-style paragraphs the glossary explains (24 German entries found 8 of 80).
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES, createGlossaryMatcher } from '../../lib/glossary';
import { GERMAN_NEWS } from './german-news';

const matcher = createGlossaryMatcher(ALL_ENTRIES);

/** The jargon words of a paragraph that some glossary match covers whole. */
const explained = (text: string, jargon: string[]): string[] => {
  const matched = matcher.find(text, 'de').flatMap((h) => h.matched.map((m) => m.toLowerCase()));
  return jargon.filter((j) => matched.some((m) => m.includes(j.toLowerCase())));
};

describe('German glossary on German news paragraphs', () => {
  it('writes each jargon word as it stands in its paragraph', () => {
    for (const p of GERMAN_NEWS) for (const j of p.jargon) expect(p.text, j).toContain(j);
  });

  it.each(GERMAN_NEWS.map((p) => [p.topic, p] as const))('explains the jargon of the %s paragraph', (_topic, p) => {
    const missing = p.jargon.filter((j) => !explained(p.text, p.jargon).includes(j));
    expect(missing).toEqual([]);
  });

  it('explains them with German definitions, not English ones', () => {
    const english = GERMAN_NEWS.flatMap((p) => matcher.find(p.text, 'de')).filter((h) => !ALL_ENTRIES.some((e) => e.term === h.term && e.lang === 'de'));
    // English names and acronyms ("Alzheimer", "CO2", "DNA") are used on German pages, but a German term that holds them comes first.
    expect(english.map((h) => h.matched[0])).toEqual([]);
  });
});
