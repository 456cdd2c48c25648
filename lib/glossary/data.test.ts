// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES, FIELDS } from './index';
import { createGlossaryMatcher } from './matcher';
import { phraseWords } from './words';

const phraseKeys = (s: string) => phraseWords(s).keys;

const words = (s: string) => s.trim().split(/\s+/).length;

describe('glossary data', () => {
  it('has at least 500 entries across all fields', () => {
    expect(ALL_ENTRIES.length).toBeGreaterThanOrEqual(500);
  });

  it('files its entries under the field of the file they sit in', () => {
    for (const [field, list] of Object.entries(FIELDS)) {
      for (const e of list) expect(e.field, e.term).toBe(field);
    }
  });

  it('gives every entry a definition of at most 35 words', () => {
    const bad = ALL_ENTRIES.filter((e) => !e.definition.trim() || words(e.definition) > 35).map((e) => `${e.term} (${words(e.definition)})`);
    expect(bad).toEqual([]);
  });

  it('has no headword or alias twice across all files of one language (after folding case, hyphens and spelling)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of ALL_ENTRIES) {
      const forms = new Set([e.term, ...(e.aliases ?? [])].map((f) => `${e.lang ?? 'en'}:${phraseKeys(f).join(' ')}`));
      for (const key of forms) {
        const prev = owner.get(key);
        if (prev !== undefined && prev !== e.term) clashes.push(`"${key}": ${prev} / ${e.term}`);
        owner.set(key, e.term);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes German entries in German, filed under one of the fields', () => {
    const german = ALL_ENTRIES.filter((e) => e.lang === 'de');
    expect(german.length).toBeGreaterThanOrEqual(20);
    for (const e of german) expect(Object.keys(FIELDS), e.term).toContain(e.field);
  });

  it('points seeAlso only at existing headwords', () => {
    const terms = new Set(ALL_ENTRIES.map((e) => e.term));
    const broken = ALL_ENTRIES.flatMap((e) => (e.seeAlso ?? []).filter((s) => !terms.has(s)).map((s) => `${e.term} → ${s}`));
    expect(broken).toEqual([]);
  });

  it('lists as notIn only phrases that hold one of the entry\'s own forms (or its plural)', () => {
    const bad = ALL_ENTRIES.flatMap((e) => {
      const forms = [e.term, ...(e.aliases ?? [])].map((f) => ` ${phraseKeys(f).join(' ')}`);
      return (e.notIn ?? []).filter((phrase) => !forms.some((f) => ` ${phraseKeys(phrase).join(' ')}`.includes(f))).map((phrase) => `${e.term}: ${phrase}`);
    });
    expect(bad).toEqual([]);
  });

  it('matches every headword and alias to its own entry in a sentence', () => {
    const matcher = createGlossaryMatcher(ALL_ENTRIES);
    const failures: string[] = [];
    for (const e of ALL_ENTRIES) {
      const context = e.context?.[0] ? ` near ${e.context[0]}` : '';
      for (const form of [e.term, ...(e.aliases ?? [])]) {
        const deContext = e.context?.[0] ? ` neben ${e.context[0]}` : '';
        const text = e.lang === 'de' ? `Heute lesen wir über ${form}${deContext} in der Zeitung.` : `Today we read about ${form}${context} in the news.`;
        const hits = matcher.find(text, e.lang ?? 'en');
        if (!hits.some((h) => h.term === e.term)) failures.push(`${form} → ${hits.map((h) => h.term).join(', ') || 'nothing'}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
