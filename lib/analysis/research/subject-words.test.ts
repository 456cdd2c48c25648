// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testArticle } from '../test-article';
import { contextPatterns } from './context';
import { studyFeatures } from './features';
import { storySentences } from './sentences';
import { SUBJECT_WORDS, type SubjectGroup } from './subject-words';
import { de } from '../../text/de-regex';

const groupsOf = (text: string, lang: 'en' | 'de') =>
  (Object.keys(SUBJECT_WORDS) as SubjectGroup[]).filter((g) => (lang === 'en' ? new RegExp(SUBJECT_WORDS[g].en.source, 'i') : de(SUBJECT_WORDS[g].de, 'i')).test(text));

describe('subject words', () => {
  it('tell people, animals, cells, nature and matter apart, in English and German', () => {
    expect(groupsOf('Volunteers with asthma took the inhaler.', 'en')).toEqual(['people']);
    expect(groupsOf('The ravens solved the box on their second attempt.', 'en')).toEqual(['animals']);
    expect(groupsOf('Liver cells in a dish took up the drug.', 'en')).toEqual(['cells']);
    expect(groupsOf('The glacier lost ice faster in warm summers.', 'en')).toEqual(['nature']);
    expect(groupsOf('Ions held in a trap were cooled with lasers.', 'en')).toEqual(['matter']);
    expect(groupsOf('Die Probandinnen nahmen das Mittel zwei Wochen lang.', 'de')).toEqual(['people']);
    expect(groupsOf('Die Hummeln fanden seltener zu ihrem Nest zurück.', 'de')).toEqual(['animals']);
    expect(groupsOf('Tumorzellen in der Kulturschale starben ab.', 'de')).toEqual(['cells']);
    expect(groupsOf('Der Gletscher verlor im Sommer mehr Eis.', 'de')).toEqual(['nature']);
    expect(groupsOf('Die Ionen wurden mit Lasern gekühlt.', 'de')).toEqual(['matter']);
  });
  it('count a solar, fuel or battery cell as matter, not as cells', () => {
    expect(groupsOf('The perovskite tandem cells kept 95% of their output.', 'en')).toEqual(['matter']);
    expect(groupsOf('Die Solarzellen hielten der Hitze stand.', 'de')).toEqual(['matter']);
    expect(groupsOf('Brennstoffzellen liefern den Strom.', 'de')).toEqual(['matter']);
  });
});

describe('the study features count who the story is about', () => {
  const subjects = (paragraphs: string[], lang: 'en' | 'de' = 'en') => {
    const article = testArticle(paragraphs[0], paragraphs.slice(1), { lang });
    return studyFeatures(storySentences(article), contextPatterns(lang), lang, false).global;
  };
  it('in sentences of the story’s own study, not of other work', () => {
    const own = subjects(['Crows plan ahead', 'The crows solved the puzzle.', 'The birds had trained for weeks.']);
    expect(own['s:animals']).toBeGreaterThan(0);
    expect(own['s:people']).toBe(0);
    const other = subjects(['Crows plan ahead', 'The crows solved the puzzle.', 'A previous study in children found the same.']);
    expect(other['s:people']).toBe(0);
  });
  it('in German stories too', () => {
    const f = subjects(['Ionen messen Magnetfelder', 'Die Physiker kühlten die Ionen mit Lasern im Labor.'], 'de');
    expect(f['s:matter']).toBeGreaterThan(0);
    expect(f['s:cells']).toBe(0);
  });
});
