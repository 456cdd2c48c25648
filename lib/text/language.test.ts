// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageLanguage, primaryLanguage, textLanguage } from './language';

const GERMAN =
  'Forschende der Universität haben über zehn Jahre hinweg die Daten von mehr als 4.000 Erwachsenen ausgewertet. ' +
  'Wer täglich mehr als eine Stunde zu Fuß ging, hatte seltener Herzprobleme als Menschen, die sich kaum bewegten. ' +
  'Die Studie zeigt allerdings nur einen Zusammenhang, sagt die Epidemiologin, denn wer viel geht, lebt oft auch ' +
  'in anderer Hinsicht gesünder. Die Ergebnisse sind in einer Fachzeitschrift erschienen.';
const ENGLISH =
  'Researchers at the university followed more than 4,000 adults for ten years and compared their daily walking ' +
  'with their heart health. Those who walked for more than an hour a day had fewer heart problems than people who ' +
  'barely moved. The study only shows a link, says the epidemiologist, because people who walk a lot often live ' +
  'more healthily in other ways too. The results were published in a journal.';
const FRENCH =
  'Des chercheurs de l’université ont suivi plus de 4 000 adultes pendant dix ans et ont comparé leur marche ' +
  'quotidienne avec la santé de leur cœur. Ceux qui marchaient plus d’une heure par jour avaient moins de problèmes ' +
  'cardiaques que les personnes qui bougeaient peu. L’étude ne montre qu’un lien, selon l’épidémiologiste, car les ' +
  'personnes qui marchent beaucoup vivent souvent plus sainement.';

describe('textLanguage', () => {
  it('tells German from English by their small words', () => {
    expect(textLanguage(GERMAN)).toBe('de');
    expect(textLanguage(ENGLISH)).toBe('en');
  });

  it('says nothing of a short text, another language, or a story half in each', () => {
    expect(textLanguage('Die Studie zeigt einen Zusammenhang.')).toBeUndefined();
    expect(textLanguage(FRENCH)).toBeUndefined();
    expect(textLanguage(`${GERMAN} ${ENGLISH}`)).toBeUndefined();
  });

  it('is not swayed by German quotes or names in an English story', () => {
    expect(textLanguage(`${ENGLISH} "Wir sind überrascht", said Anna Müller of the Max-Planck-Institut für Biologie.`)).toBe('en');
  });
});

describe('primaryLanguage', () => {
  it('reads the primary language of a tag however a site writes it', () => {
    expect(['de-CH', 'de_DE', 'DE', 'de'].map(primaryLanguage)).toEqual(['de', 'de', 'de', 'de']);
    expect(primaryLanguage('dev')).toBe('dev');
    expect(primaryLanguage(null)).toBeUndefined();
  });
});

describe('pageLanguage', () => {
  it('keeps a declared language the words agree with, region and all', () => {
    expect(pageLanguage('de-CH', GERMAN)).toBe('de-CH');
    expect(pageLanguage('en-GB', ENGLISH)).toBe('en-GB');
  });

  it('reads the words where the page declares nothing or a template default that is wrong', () => {
    expect(pageLanguage(null, GERMAN)).toBe('de');
    expect(pageLanguage('en', GERMAN)).toBe('de');
    expect(pageLanguage('en_US', GERMAN)).toBe('de');
    expect(pageLanguage('de', ENGLISH)).toBe('en');
  });

  it('keeps the declaration when the words do not tell', () => {
    expect(pageLanguage('fr', FRENCH)).toBe('fr');
    expect(pageLanguage(null, 'Kurz.')).toBeNull();
  });
});
