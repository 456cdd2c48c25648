// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { baseLanguage, paragraphSentences, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at sentence ends but not after titles, initials and abbreviations', () => {
    expect(splitSentences('Dr. Smith led the study. It used 40 mice! Was it small? Yes, said J. Doe of the U.S. team.')).toEqual([
      'Dr. Smith led the study.',
      'It used 40 mice!',
      'Was it small?',
      'Yes, said J. Doe of the U.S. team.',
    ]);
    expect(splitSentences('Prof. Ann Lee and Mr. Bo Wu of St. Jude wrote it in N. Engl. J. Med. on Jan. 5. They were pleased.')).toEqual([
      'Prof. Ann Lee and Mr. Bo Wu of St. Jude wrote it in N. Engl. J. Med. on Jan. 5.',
      'They were pleased.',
    ]);
    expect(splitSentences('Lee et al. found a drop (Fig. 2). It was small.')).toEqual(['Lee et al. found a drop (Fig. 2).', 'It was small.']);
  });
  it('keeps closing quotes with their sentence and a quote with what follows in lower case', () => {
    expect(splitSentences('“It works,” she said. “We are hopeful.” The end.')).toEqual(['“It works,” she said.', '“We are hopeful.”', 'The end.']);
    expect(splitSentences('"Wow!" she said. Then it rained.')).toEqual(['"Wow!" she said.', 'Then it rained.']);
  });
  it('never ends a sentence where no space follows the stop (inside DOIs and numbers)', () => {
    expect(splitSentences('See doi:10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2, still cited. Next.')).toEqual(['See doi:10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2, still cited.', 'Next.']);
  });
  it('splits German with its own abbreviations and dates', () => {
    expect(splitSentences('Die Studie von Prof. Dr. Anna Berg erschien am 3. Mai in der Fachzeitschrift Nature. Das ist u. a. wichtig, z. B. für Kinder. Weiter geht es.', 'de')).toEqual([
      'Die Studie von Prof. Dr. Anna Berg erschien am 3. Mai in der Fachzeitschrift Nature.',
      'Das ist u. a. wichtig, z. B. für Kinder.',
      'Weiter geht es.',
    ]);
  });
  it('keeps the faculty of a German doctorate inside the sentence', () => {
    expect(splitSentences('Erstautor Dr. rer. nat. Jonas Weber untersuchte die Zellen. Prof. Dr. phil. Eva Roth half. Dann war Schluss.', 'de')).toEqual([
      'Erstautor Dr. rer. nat. Jonas Weber untersuchte die Zellen.',
      'Prof. Dr. phil. Eva Roth half.',
      'Dann war Schluss.',
    ]);
  });
  it('ends a sentence after a possessive or a contraction (its last letter is no initial)', () => {
    expect(splitSentences('It slows Alzheimer’s. Caffeine may help. You wouldn\'t. Others would.')).toEqual(['It slows Alzheimer’s.', 'Caffeine may help.', 'You wouldn\'t.', 'Others would.']);
  });
  it('ends a sentence at a full stop after an ordinary word or number in English', () => {
    expect(splitSentences('The trial enrolled 120 people. Results came in 2024. None were harmed.')).toHaveLength(3);
  });
  it('returns nothing for blank text and flattens paragraphs in order', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(paragraphSentences(['One. Two.', 'Three.'])).toEqual(['One.', 'Two.', 'Three.']);
  });
  it('knows German by its language tag', () => {
    expect(baseLanguage('de-CH')).toBe('de');
    expect(baseLanguage('en-GB')).toBe('en');
    expect(baseLanguage(null)).toBe('en');
    // Written the way some sites do: an underscore (a locale name), upper case; "dev" is no German.
    expect(baseLanguage('de_DE')).toBe('de');
    expect(baseLanguage('DE-AT')).toBe('de');
    expect(baseLanguage('dev')).toBe('en');
  });
});
