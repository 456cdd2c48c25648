// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../tests/support/fixtures';
import { CAVEAT_CUES_EN } from './caveats';
import { BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, STUDY_CUES_EN } from './cues-en';
import { CueFilter, forgetCueTexts, matchStarts } from './match-starts';
import { branchStarts } from './regex-starts';

const CUES = [...Object.values(STUDY_CUES_EN).flatMap((cues) => cues.map((c) => c.re)), BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, ...CAVEAT_CUES_EN];

// Written for this test: each names a study design, a hedge or a plain fact, in several cases and spellings.
const SENTENCES = [
  'In a randomised, double-blind trial, 120 volunteers were given a placebo or the drug.',
  'The mice were fed a high-fat diet; in human cells the effect was weaker.',
  'Researchers built a prototype battery and tested it in the lab.',
  'A 45-year-old woman was the first patient treated, her doctors said.',
  'The cohort study of 82,000 infants was linked to lower risk of hospital stays.',
  'A meta-analysis pooled data from 30 previous trials and reviewed 12 studies.',
  'The Phase III trial (NCT01234567) has not yet been peer reviewed.',
  'Telescopes spotted the supernova; C. elegans worms and Drosophila flies followed.',
  'More research is needed, cautioned Dr. Smith, who was not involved in the study.',
  'Computer models project that the ice sheet could melt, the simulations suggest.',
  'IN VITRO RESULTS ARE EARLY-STAGE, THE TEAM SAID.',
  'Post-mortem brain tissue and organoids grown in a petri dish showed the same.',
  'Weather stations and ice cores recorded the change in 2019, a new study found.',
  'İstanbul’s hospital enrolled patients who received the infusion.',
  'Nothing here names any kind of study at all.',
];

/** Each fixture page's text, split roughly into sentences. */
function fixturePages(): string[][] {
  return readdirSync(FIXTURES_DIR).flatMap((slug) => {
    let html: string;
    try {
      html = readFileSync(`${FIXTURES_DIR}/${slug}/page.html`, 'utf8');
    } catch {
      return [];
    }
    const text = html.replace(/<(script|style)[^]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '\n');
    return [text.split(/\n+|(?<=[.!?])\s+/)];
  });
}

describe('matchStarts', () => {
  it('reads the letters a match must start with', () => {
    expect(matchStarts(/\bplacebo\b|\bsham\b/gi)).toEqual(['placebo', 'sham']);
    expect(matchStarts(/\brandomi[sz]ed\b/gi)).toEqual(['randomised', 'randomized']);
    expect(matchStarts(/(?<!pre-?)\btrials?\b/gi)).toEqual(['trial', 'trials']);
    expect(matchStarts(/\b\d+ mice\b/gi)).toEqual([...'0123456789']);
    expect(matchStarts(/\bphase \d\b/i)).toEqual([...'0123456789'].map((d) => `phase ${d}`));
  });
  it('gives up when a pattern does not start with a literal at a word boundary', () => {
    expect(matchStarts(/placebo/i)).toBeNull();
    expect(matchStarts(/\b\w+ trial/i)).toBeNull();
    expect(matchStarts(/\bstraße/iu)).toBeNull();
  });
});

/** The later part each branch of `re` needs (null for a branch without one), or null when some branch's starts are unknown. */
const later = (re: RegExp) => branchStarts(re)?.map((b) => b.later) ?? null;

describe('later parts', () => {
  it('reads, per branch, the starts of a later part every match needs, at a word start', () => {
    expect(later(/\b(?:in|of)\s+(?:\w+\s+){0,2}(?:mice|rats)\b/gi)).toEqual([['mice', 'rats']]);
    expect(later(/\b(?:a|the) (?:[\w-]+ )?report (?:by|from)\b/)).toEqual([['report by', 'report fro']]);
    expect(later(/\bfoo(?:-| )bar/)).toEqual([['bar']]);
    // Of two later parts the one with more letters is taken ("and " has three).
    expect(later(/\bmice and (?:\w+ )?mice\b/)).toEqual([['mice']]);
    expect(later(/\bthe (?:big|old) (?:rat|dog)\b/)).toEqual([['big rat', 'old rat', 'big dog', 'old dog']]);
    expect(later(/\bfoo bar|\bbaz qux/)).toEqual([['bar'], ['qux']]);
  });
  it('gives none when a later part may not sit at a word start, may be skipped, or is a word as common as "in"', () => {
    expect(later(/\bplacebo\b/)).toEqual([null]);
    expect(later(/\bfoo\w*bar/)).toEqual([null]);
    expect(later(/\bfoo\b.*bar/)).toEqual([null]);
    expect(later(/\bfoo (?:bar)?/)).toEqual([null]);
    expect(later(/\bfoo bar|\bbaz/)).toEqual([['bar'], null]);
    expect(later(/\bpublished (?:\w+ ){0,3}in\b/)).toEqual([null]);
  });
});

describe('CueFilter', () => {
  const filter = new CueFilter(CUES);
  it('never rules out a regex that matches', () => {
    let matched = 0;
    for (const s of SENTENCES) {
      const may = filter.candidates(s);
      CUES.forEach((re, i) => {
        re.lastIndex = 0;
        if (re.test(s)) {
          matched++;
          expect(may[i], `${re} on "${s}"`).toBe(1);
        }
      });
    }
    expect(matched).toBeGreaterThan(40);
  });
  it('never rules out a regex that matches in the fixture pages', () => {
    const wrong: string[] = [];
    for (const page of fixturePages()) {
      for (const s of page) {
        const may = filter.candidates(s);
        CUES.forEach((re, i) => {
          re.lastIndex = 0;
          if (!may[i] && re.test(s)) wrong.push(`${re} on "${s}"`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });
  it('rules out most regexes for a sentence without their words', () => {
    const may = filter.candidates('Nothing here names any kind of study at all.');
    expect(may.reduce((a, b) => a + b, 0)).toBeLessThan(CUES.length / 4);
  });

});

/** Every match of `re` along the whole text, as [index, text] pairs: what the filter must reproduce. */
function searchAll(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(g)].map((m) => [m.index, m[0]]);
}
function filterAll(filter: CueFilter, k: number, text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let m = filter.execAt(k, text); m; m = filter.execAt(k, text, m.index + Math.max(1, m[0].length))) out.push([m.index, m[0]]);
  return out;
}

describe('CueFilter matches', () => {
  const filter = new CueFilter(CUES);
  it('finds the same matches, in the same order, as a search along the whole text', () => {
    let compared = 0;
    for (const s of SENTENCES)
      CUES.forEach((re, k) => {
        const want = searchAll(re, s);
        compared += want.length;
        expect(filterAll(filter, k, s), `${re} on "${s}"`).toEqual(want);
        expect(filter.testAt(k, s)).toBe(want.length > 0);
      });
    expect(compared).toBeGreaterThan(40);
  });
  it('finds the same matches in the fixture pages, with a regex whose starts are unknown among them', () => {
    const unknown = /(?:trial|mice)s?\b/gi;
    expect(matchStarts(unknown)).toBeNull();
    const all = [...CUES, unknown];
    const f = new CueFilter(all);
    const wrong: string[] = [];
    for (const page of fixturePages()) {
      forgetCueTexts();
      for (const s of page)
        all.forEach((re, k) => {
          if (JSON.stringify(filterAll(f, k, s)) !== JSON.stringify(searchAll(re, s))) wrong.push(`${re} on "${s}"`);
        });
    }
    expect(wrong).toEqual([]);
  });
  it('answers for the right text whatever order the texts come in', () => {
    const f = new CueFilter(CUES);
    const g = new CueFilter(CUES.slice(0, 5));
    forgetCueTexts();
    const orders = [
      SENTENCES.map((_, i) => i),
      SENTENCES.map((_, i) => SENTENCES.length - 1 - i),
      SENTENCES.map((_, i) => i).filter((i) => i % 3 !== 0),
      [4, 4, 0, 9, 1, 9, 14, 2],
    ];
    for (const order of orders)
      for (const i of order) {
        const s = SENTENCES[i];
        // Another filter reading the same text in between must not move this one's place.
        g.candidates(SENTENCES[(i + 7) % SENTENCES.length]);
        CUES.forEach((re, k) => expect(filterAll(f, k, s), `${re} on "${s}"`).toEqual(searchAll(re, s)));
      }
  });
  it('searches for a regex with unknown starts only where its gate opens, with the same matches', () => {
    const unknown = /\b(?:[A-Z][a-z]+ ){0,2}(?:Trial|Study)\b/g;
    const gate = /\b(?:Trial|Study)\b/;
    expect(matchStarts(unknown)).toBeNull();
    const f = new CueFilter([unknown], [[unknown, gate]]);
    const texts = ['The Big Heart Trial ended.', 'No such words here at all.', 'A Trial, then Long Term Study and Study.', 'trial and study in lower case.'];
    for (const t of texts) {
      expect(filterAll(f, 0, t), t).toEqual(searchAll(unknown, t));
      expect(f.testAt(0, t)).toBe(searchAll(unknown, t).length > 0);
    }
    expect(f.candidates('No such words here at all.')[0]).toBe(0);
    expect(f.mayAt(0, 'No such words here at all.')).toBe(false);
    expect(f.candidates('The Big Heart Trial ended.')[0]).toBe(1);
  });
  it('tries a regex with a later part only where that part starts to its right, with the same matches', () => {
    const animal = /\bin (?:\w+ )?mice\b/gi;
    const twice = /\bmice and (?:\w+ )?mice\b/gi;
    expect(later(twice)).toEqual([['mice']]);
    // Each branch of a union has its own later part, or none ("researchers").
    const union = /\bthe (?:\w+ )?mice\b|\bresearchers\b|\bin (?:\w+ )?rats\b/gi;
    const f = new CueFilter([animal, twice, union]);
    forgetCueTexts();
    const texts = ['Mice were kept in cages.', 'Tested in mice and in old mice.', 'In mice and mice alike.', 'Mice and dogs.', 'mice and mice', 'In the end, in rats.', 'The researchers fed the mice.', 'The end.'];
    for (const t of texts)
      [animal, twice, union].forEach((re, k) => {
        expect(filterAll(f, k, t), `${re} on "${t}"`).toEqual(searchAll(re, t));
        expect(f.testAt(k, t)).toBe(searchAll(re, t).length > 0);
      });
    // An "in" with no mice after it is not even a candidate.
    expect(f.mayAt(0, 'Mice were kept in cages.')).toBe(false);
    expect(f.mayAt(1, 'Mice and dogs.')).toBe(false);
    expect(f.mayAt(2, 'The end.')).toBe(false);
  });
  it('lists the regexes that may match, in list order, as candidates marks them', () => {
    const gated = /\b(?:[A-Z][a-z]+ ){0,2}Trial\b/g;
    const f = new CueFilter([...CUES, gated], [[gated, /\bTrial\b/]]);
    const texts = [...SENTENCES, 'The Big Heart Trial enrolled patients who took a placebo.', ''];
    for (const t of texts) {
      const want = [...f.candidates(t)].flatMap((may, k) => (may ? [k] : []));
      const n = f.present(t);
      expect([...f.list.subarray(0, n)], t).toEqual(want);
    }
    expect(() => new CueFilter([CUES[0], CUES[0]]).present('x')).toThrow();
  });
  it('leaves the lastIndex of the regexes it was given alone', () => {
    const re = CUES[0];
    re.lastIndex = 7;
    filter.test(re, 'Cells grown in vitro, and more cells in vitro.');
    filter.exec(re, 'Cells grown in vitro, and more cells in vitro.', 3);
    expect(re.lastIndex).toBe(7);
    re.lastIndex = 0;
  });
  it('reads a text afresh after a new article, even one it has just read', () => {
    const mice = /\bmice\b/i;
    const f = new CueFilter([mice]);
    expect(f.exec(mice, 'Old mice ran.')?.index).toBe(4);
    forgetCueTexts();
    // Another filter's rows now sit where the first text's row was.
    const ran = /\bran\b/i;
    const other = new CueFilter([ran]);
    for (let i = 0; i < 50; i++) other.test(ran, `Mice ${'x'.repeat(i)} ran on mice wheels.`);
    expect(f.exec(mice, 'Old mice ran.')?.index).toBe(4);
    expect(f.test(mice, 'No rodents here.')).toBe(false);
  });
});

