// @vitest-environment node
// German pages get German entries, plus English names and acronyms; English pages never get German entries.
import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher } from './matcher';
import { ALL_ENTRIES } from './index';
import type { GlossaryEntry } from './types';

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ term, field: 'methods', definition: `About ${term}.`, ...extra });
const m = createGlossaryMatcher([
  entry('Placebo', { lang: 'de', aliases: ['Scheinmedikament'] }),
  entry('T-Zelle', { lang: 'de' }),
  entry('placebo'),
  entry('gift'),
  entry('HIV'),
]);
const terms = (text: string, lang: string) => m.find(text, lang).map((h) => [h.term, h.matched]);

describe('glossary on German pages', () => {
  it('uses the German entries, with German plurals, on a page whose language is German', () => {
    expect(terms('Die Gruppe bekam ein Placebo. Ihre T-Zellen wuchsen.', 'de-DE')).toEqual([
      ['Placebo', ['Placebo']],
      ['T-Zelle', ['T-Zellen']],
    ]);
  });

  it('uses English names and acronyms there, but no English common word', () => {
    expect(terms('Das Gift wirkte nicht gegen HIV.', 'de')).toEqual([['HIV', ['HIV']]]);
  });

  it('never uses a German entry on an English page', () => {
    expect(terms('A placebo, and T-Zellen in a German quote.', 'en')).toEqual([['placebo', ['placebo']]]);
  });

  it('does not explain a word beside an institution name word', () => {
    expect(terms('Die Placebo Stiftung zahlte.', 'de')).toEqual([]);
  });
});

describe('the German glossary on German sentences', () => {
  const full = createGlossaryMatcher(ALL_ENTRIES);
  const found = (text: string) => full.find(text, 'de').map((h) => [h.term, h.matched]);
  const names = (text: string) => full.find(text, 'de').map((h) => h.term);

  it('finds plurals, umlaut plurals and case endings of the last word', () => {
    expect(found('Zwei Schwarze Löcher verschmolzen zu einem Schwarzen Loch, rund eine Milliarde Lichtjahre entfernt.')).toEqual([
      ['Schwarzes Loch', ['Schwarze Löcher', 'Schwarzen Loch']],
      ['Lichtjahr', ['Lichtjahre']],
    ]);
    expect(found('Gegen Viren helfen Antibiotika nicht, gegen Bakterien schon.')).toEqual([
      ['Virus', ['Viren']],
      ['Antibiotikum', ['Antibiotika']],
      ['Bakterium', ['Bakterien']],
    ]);
  });

  it('finds multi-word terms whose adjective changes its ending', () => {
    expect(found('Die Risiken der künstlichen Intelligenz und ein neuronales Netz, trainiert an neuronalen Netzen.')).toEqual([
      ['künstliche Intelligenz', ['künstlichen Intelligenz']],
      ['neuronales Netz', ['neuronales Netz', 'neuronalen Netzen']],
    ]);
    expect(names('Er verzichtet auf stark verarbeitete Lebensmittel und isst weniger gesättigte Fette.')).toEqual(['stark verarbeitete Lebensmittel', 'gesättigte Fettsäure']);
  });

  it('does not find a term inside a longer compound, but does after a hyphen', () => {
    expect(names('Die Impfstoffentwicklung dauerte, die Generation danach forschte an Genomik und Artikeln.')).toEqual([]);
    expect(names('Der Corona-Impfstoff wirkte.')).toEqual(['Impfstoff']);
  });

  it('explains an ordinary word only in its scientific sense', () => {
    expect(names('Die Atmosphäre im Saal war gespannt.')).toEqual([]);
    expect(names('Die Atmosphäre des Planeten enthält Methan.')).toEqual(['Atmosphäre', 'Methan']);
    expect(names('Notaufnahmen sind eine Art Frühwarnsystem, auch für Tiere.')).toEqual([]);
    expect(names('Die Biologen beschrieben eine bisher unbekannte Art von Fröschen.')).toEqual(['Art']);
    expect(names('Das Team suchte Fossilien und sucht weiter, auch für fossile Kraftwerke und die fossilen Anlagen.')).toEqual(['Fossil']);
  });

  it('shows no English common word on a German page, and English names only where no German entry fits', () => {
    const terms = full.find('Die Studie zur mRNA-Impfung gegen das Melanom lief als Doppelblindstudie mit Placebo.', 'de');
    expect(terms.map((h) => h.term)).toEqual(['mRNA', 'Impfung', 'Melanom', 'Doppelblindstudie', 'Placebo']);
    expect(terms.filter((h) => h.term !== 'mRNA').every((h) => ALL_ENTRIES.some((e) => e.term === h.term && e.lang === 'de'))).toBe(true);
  });
});
