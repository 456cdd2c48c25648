// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from './index';
import { phraseWords, readWords, segmentedPhrase } from './words';

const raws = (text: string) => readWords(text).map((w) => w.raw);

describe('readWords', () => {
  it('keeps apostrophes and dots inside words and drops a possessive', () => {
    const w = readWords("Alzheimer's PM2.5 A.I. tumour’s cells' end");
    expect(w.map((x) => x.raw)).toEqual(['Alzheimer', 'PM2.5', 'A.I', 'tumour', 'cells', 'end']);
    expect(w.map((x) => x.key)).toEqual(['alzheimer', 'pm2.5', 'a.i', 'tumor', 'cells', 'end']);
    expect(w[0].end).toBe(9);
    expect(w[0].fullEnd).toBe(11);
  });

  it('numbers sentences with the shared splitter and joins only across spaces and hyphens', () => {
    const w = readWords('Dr. Smith ran. "Yes." Then CAR-T, CAR T\nnext');
    expect(w.map((x) => x.sentence)).toEqual([0, 0, 0, 1, 2, 2, 2, 2, 2, 3]);
    expect(w.map((x) => x.joined)).toEqual([false, false, true, false, false, true, true, false, true, false]);
  });

  it('reads a genus cut to its capital as joined to its species ("E. coli")', () => {
    const w = readWords('Cases of E. coli rose.');
    expect(w.map((x) => x.joined)).toEqual([false, true, true, true, true]);
    expect(new Set(w.map((x) => x.sentence)).size).toBe(1);
  });

  it('reads letters outside ASCII, subscripts and superscripts as part of their word', () => {
    expect(raws('naïve Ångström 𝐀x 😀 déjà')).toEqual(['naïve', 'Ångström', '𝐀x', 'déjà']);
    expect(raws('CO₂ and H₂O in m²')).toEqual(['CO₂', 'and', 'H₂O', 'in', 'm²']);
  });

  it('splits words some engines join across a colon or underscore', () => {
    expect(raws('More:The snake_case')).toEqual(['More', 'The', 'snake', 'case']);
  });

  it('gives the keys and written forms of a glossary phrase', () => {
    expect(phraseWords('CAR-T cell')).toEqual({ keys: ['car', 't', 'cell'], raws: ['CAR', 'T', 'cell'] });
    expect(phraseWords("Alzheimer's disease").raws).toEqual(['Alzheimer', 'disease']);
  });

  it('splits every glossary form as the segmenter splits text', () => {
    const forms = ALL_ENTRIES.flatMap((e) => [e.term, ...(e.aliases ?? []), ...(e.notIn ?? []), ...(e.context ?? [])]);
    const differ = forms.filter((f) => phraseWords(f).raws.join('|') !== segmentedPhrase(f).join('|'));
    expect(differ).toEqual([]);
  });
});
