// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../tests/support/fixtures';
import { CAVEAT_CUES_EN } from './caveats';
import { BACKGROUND_RE, MAIN_STUDY_RE, OTHER_STUDY_RE, STUDY_CUES_EN } from './cues-en';
import { CueFilter, matchStarts } from './match-starts';

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

describe('matchStarts', () => {
  it('reads the letters a match must start with', () => {
    expect(matchStarts(/\bplacebo\b|\bsham\b/gi)).toEqual(['placebo', 'sham']);
    expect(matchStarts(/\brandomi[sz]ed\b/gi)).toEqual(['randomised', 'randomized']);
    expect(matchStarts(/(?<!pre-?)\btrials?\b/gi)).toEqual(['trial', 'trials']);
  });
  it('gives up when a pattern does not start with a literal at a word boundary', () => {
    expect(matchStarts(/placebo/i)).toBeNull();
    expect(matchStarts(/\b\w+ trial/i)).toBeNull();
    expect(matchStarts(/\bstraße/iu)).toBeNull();
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
    for (const slug of readdirSync(FIXTURES_DIR)) {
      let html = '';
      try {
        html = readFileSync(`${FIXTURES_DIR}/${slug}/page.html`, 'utf8');
      } catch {
        continue;
      }
      const text = html.replace(/<(script|style)[^]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '\n');
      for (const s of text.split(/\n+|(?<=[.!?])\s+/)) {
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
