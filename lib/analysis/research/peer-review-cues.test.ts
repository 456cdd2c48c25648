import { describe, expect, it } from 'vitest';
import { REVIEW_PATTERNS } from './peer-review-cues';

const DE = REVIEW_PATTERNS.de;

describe('German phrasings of work not (yet) published', () => {
  it('reads a talk at a meeting in any form of the verb, either side of the meeting', () => {
    expect(DE.presented.test('Die Astrophysikerin berichtete am Dienstag bei der Jahrestagung der Astronomischen Gesellschaft über die Funde.')).toBe(true);
    expect(DE.presented.test('Das Team stellte die Daten auf dem Europäischen Nierenkongress in Wien vor.')).toBe(true);
    expect(DE.presented.test('Auf einer Fachtagung in Leipzig präsentierten die Forschenden erste Zahlen.')).toBe(true);
    expect(DE.presented.test('Die Studie erschien im Fachjournal Nature.')).toBe(false);
  });

  it('reads a denial of publication in any word order', () => {
    for (const sentence of [
      'Eine begutachtete Veröffentlichung gibt es noch nicht.',
      'In einer Fachzeitschrift ist der Bericht nicht erschienen.',
      'Die Ergebnisse sind bisher nicht in einer Fachzeitschrift veröffentlicht.',
      'Vollständige Daten veröffentlichte das Unternehmen zunächst nicht.',
      'Die Veröffentlichung in einer Fachzeitschrift steht noch aus.',
      'Das Team will die Auswertung im Frühjahr bei einer Fachzeitschrift einreichen.',
    ])
      expect(DE.denies.test(sentence), sentence).toBe(true);
    expect(DE.denies.test('Die Studie wurde im Fachjournal The Lancet veröffentlicht.')).toBe(false);
  });

  it('reads a report presented on a weekday as an announcement', () => {
    expect(DE.announced.test('Die Krankenkasse hat den Report am Dienstag in Berlin vorgestellt.')).toBe(true);
    expect(DE.announced.test('Die Forscher haben die Proben im Labor untersucht.')).toBe(false);
  });
});

describe('English phrasings of results given out without a paper', () => {
  const EN = REVIEW_PATTERNS.en;
  it('reads results released at a meeting as a talk there', () => {
    expect(EN.presented.test('The findings were released on Thursday at the San Diego Breast Cancer Symposium.')).toBe(true);
    expect(EN.presented.test('The drug was released from the capsule over a week.')).toBe(false);
  });
  it("reads a company's own word, to analysts or investors, as an announcement", () => {
    for (const sentence of [
      'Corvalis Inc said its experimental cream cleared the rash in two late-stage studies.',
      'Bexter Pharma Ltd, reported that the pill met its main goal.',
      'The results were given in a conference call with securities analysts.',
      'Executives told investors that the trial had enrolled 900 patients.',
      'Headline results from the study of 400 patients were positive, the company said.',
    ])
      expect(EN.announced.test(sentence), sentence).toBe(true);
    expect(EN.announced.test('The researchers said the pill lowered blood pressure.')).toBe(false);
  });
});
