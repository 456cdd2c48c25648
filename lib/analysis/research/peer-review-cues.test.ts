import { describe, expect, it } from 'vitest';
import { REVIEW_PATTERNS } from './peer-review-cues';

const DE = REVIEW_PATTERNS.de;

describe('English phrasings of work not (yet) published', () => {
  const EN = REVIEW_PATTERNS.en;
  it('reads a denial with an adverb or in other words, and a talk named by its meeting', () => {
    expect(EN.denies.test('The counts have not yet been formally published.')).toBe(true);
    expect(EN.denies.test('The work has not yet been through peer review.')).toBe(true);
    expect(EN.denies.test('It was a keynote, not a published paper.')).toBe(true);
    expect(EN.presented.test('A reader sent me the conference abstract.')).toBe(true);
    expect(EN.presented.test('It began as a symposium poster in Lyon.')).toBe(true);
    expect(EN.denies.test('The paper was formally published in March.')).toBe(false);
    expect(EN.presented.test('The talks fell short of meeting the target.')).toBe(false);
  });
});

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
      'Zahlen in einer Fachzeitschrift hat die Firma nicht veröffentlicht.',
    ])
      expect(DE.denies.test(sentence), sentence).toBe(true);
    expect(DE.denies.test('Die Studie wurde im Fachjournal The Lancet veröffentlicht.')).toBe(false);
  });
  it('reads "weder … noch", "bislang nicht beschrieben", nothing reviewed yet and a paper in preparation as denials', () => {
    for (const sentence of [
      'Eine wissenschaftliche Veröffentlichung gibt es bislang nicht.',
      'Der Fall ist bislang nicht in einer Fachzeitschrift beschrieben.',
      'Begutachtet ist davon noch nichts.',
      'Die Zahlen sind weder in einer Fachzeitschrift erschienen noch als Preprint verfügbar.',
      'Eine Veröffentlichung der Ergebnisse ist nach Angaben des Instituts in Vorbereitung.',
      'Die Ergebnisse wurden nicht in einer Fachzeitschrift veröffentlicht.',
      'Sie stehen bislang nur in einem Bericht der Kasse und nicht in einer Fachzeitschrift.',
    ])
      expect(DE.denies.test(sentence), sentence).toBe(true);
    expect(REVIEW_PATTERNS.en.denies.test('A paper describing the cell is in preparation.')).toBe(true);
    // A working or discussion paper is posted before review, as a preprint is.
    expect(REVIEW_PATTERNS.en.preprint.test('The findings appear in an NBER working paper.')).toBe(true);
    expect(DE.preprint.test('Die Arbeit ist als DIW Discussion Paper erschienen.')).toBe(true);
    expect(DE.preprint.test('Sie haben die Ergebnisse als Arbeitspapier veröffentlicht.')).toBe(true);
    expect(REVIEW_PATTERNS.en.preprint.test('The paper was working its way through review.')).toBe(false);
    expect(REVIEW_PATTERNS.en.denies.test('The data were neither published nor shared with regulators.')).toBe(true);
    expect(DE.denies.test('Weder die Ärzte noch die Eltern hatten damit gerechnet; die Studie erschien in Pediatrics.')).toBe(false);
    expect(DE.denies.test('Die Vorbereitung der Studie dauerte zwei Jahre; sie erschien in Nature.')).toBe(false);
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
