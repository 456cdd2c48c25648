// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../tests/support/fixtures';
import { cleanJournalName, KNOWN_JOURNAL_GATE, KNOWN_JOURNAL_RE, PUBLISHED_IN_RE, STUDY_IN_RE, THE_JOURNAL_RE } from './journal-name';

const first = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? cleanJournalName(m[1] ?? m[0]) : null;
};

describe('journal names', () => {
  it('reads "published … in X" with dates and issue words between', () => {
    expect(first(PUBLISHED_IN_RE, 'The trial was published Tuesday in the Journal of the American Medical Association.')).toBe('Journal of the American Medical Association');
    expect(first(PUBLISHED_IN_RE, 'It was published online July 28 in Rheumatology, a journal.')).toBe('Rheumatology');
    expect(first(PUBLISHED_IN_RE, 'Results were published in Science Advances on Wednesday.')).toBe('Science Advances');
    expect(first(PUBLISHED_IN_RE, 'They published their findings in the Journal of Neuroscience.')).toBe('Journal of Neuroscience');
  });
  it('takes a lone word after "published in" unless it is a place', () => {
    expect(first(PUBLISHED_IN_RE, 'A new study published in Cephalalgia in March shows a benefit.')).toBe('Cephalalgia');
    expect(first(PUBLISHED_IN_RE, 'The work was published in Nature today.')).toBe('Nature');
    expect(first(PUBLISHED_IN_RE, 'The book was published in Britain last year.')).toBe(null);
  });
  it('reads "a study in the March issue of X"', () => {
    expect(first(STUDY_IN_RE, 'That is according to a study in the March issue of Pediatrics.')).toBe('Pediatrics');
  });
  it('refuses dates, places and newspapers', () => {
    expect(first(PUBLISHED_IN_RE, 'The report was published in March.')).toBe(null);
    expect(first(PUBLISHED_IN_RE, 'Her essay was published in The New York Times.')).toBe(null);
    expect(first(STUDY_IN_RE, 'The study in Boston followed nurses.')).toBe(null);
  });
  it('keeps "American" or "British" when it opens the name, and skips it before a lower-case "journal"', () => {
    expect(first(PUBLISHED_IN_RE, 'The findings appear in the American Journal of Clinical Nutrition.')).toBe('American Journal of Clinical Nutrition');
    expect(first(PUBLISHED_IN_RE, 'It was published in the British journal Anaesthesia last week.')).toBe('Anaesthesia');
  });
  it('ends a name after "the journal" at the first lower-case word that is not a connector', () => {
    THE_JOURNAL_RE.lastIndex = 0;
    const m = THE_JOURNAL_RE.exec('The work was submitted to the journal Physical Review Letters and posted on a server.');
    expect(m && cleanJournalName(m[1], true)).toBe('Physical Review Letters');
    THE_JOURNAL_RE.lastIndex = 0;
    const start = THE_JOURNAL_RE.exec('The journal Neurology printed it.');
    expect(start && cleanJournalName(start[1], true)).toBe('Neurology');
  });
  it('accepts a journal named after an institute, and still refuses the institute itself', () => {
    expect(first(PUBLISHED_IN_RE, 'Researchers report in the Journal of the National Cancer Institute that risk rose.')).toBe('Journal of the National Cancer Institute');
    expect(first(PUBLISHED_IN_RE, 'The work was described in Karolinska Institute newsletters.')).toBe(null);
  });
  it('finds journal-like names without a verb', () => {
    expect(first(KNOWN_JOURNAL_RE, 'The meta-analysis in the Journal of Nutrition pooled trials.')).toBe('Journal of Nutrition');
  });
  it('has a gate word in every known-journal match', () => {
    const texts = [
      'Results appear in The Lancet Oncology and in JAMA Pediatrics, with a note in BMJ Open.',
      'The Annals of Internal Medicine, the American Heart Journal and Proceedings of the Royal Society B.',
      'A letter in Nature Climate Change, then Cell Reports, PLOS ONE and Physical Review Letters.',
      'The European Respiratory Journal and the New England Journal of Medicine both ran it.',
      ...readdirSync(FIXTURES_DIR).flatMap((slug) => {
        try {
          return [readFileSync(`${FIXTURES_DIR}/${slug}/page.html`, 'utf8').replace(/<[^>]+>/g, ' ')];
        } catch {
          return [];
        }
      }),
    ];
    let matches = 0;
    for (const text of texts)
      for (const m of text.matchAll(KNOWN_JOURNAL_RE)) {
        matches++;
        expect(KNOWN_JOURNAL_GATE.test(m[0]), m[0]).toBe(true);
      }
    expect(matches).toBeGreaterThan(20);
  });
});
