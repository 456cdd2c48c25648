// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testArticle } from '../test-article';
import { contextPatterns } from './context';
import { createResearchAnalyzer } from './index';
import { readSentences } from './roles';

const CONTEXT = { en: contextPatterns('en'), de: contextPatterns('de') };

const talks = (text: string, lang: 'en' | 'de' = 'en') => [...text.matchAll(CONTEXT[lang].studyTalk)].length > 0;

describe('study talk', () => {
  it('counts talk of a piece of research, not research as an institution', () => {
    expect(talks('The new research, published in Cell, followed 400 adults.')).toBe(true);
    expect(talks('The study found a drop in blood pressure.')).toBe(true);
    expect(talks('The cut to the national research budget falls on young scientists.')).toBe(false);
    expect(talks('Universities froze their research posts.')).toBe(false);
  });
  it('leaves the people who do research to their own feature', () => {
    expect(talks('Scientists warned of a brain drain.')).toBe(false);
    expect('Scientists warned of a brain drain.'.match(CONTEXT.en.actors)).not.toBeNull();
    expect('Die Forschenden warnen vor Kürzungen.'.match(CONTEXT.de.actors)).not.toBeNull();
  });
  it('reads German study talk', () => {
    expect(talks('Die Studie erschien in der Fachzeitschrift Nature.', 'de')).toBe(true);
  });
});

describe('each language read with its own patterns', () => {
  it('an analyzer reads a German page the same before or after English ones, and the other way round', () => {
    const german = testArticle('Neue Studie', ['Die Forschenden untersuchten 200 Mäuse im Labor und fanden weniger Tumoren.'], { lang: 'de' });
    const english = testArticle('New study', ['Researchers studied 200 mice in the lab and found fewer tumours.']);
    const used = createResearchAnalyzer();
    used.analyze(english);
    expect(used.analyze(german)).toEqual(createResearchAnalyzer().analyze(german));
    expect(used.analyze(english)).toEqual(createResearchAnalyzer().analyze(english));
    expect(used.analyze(german).studyType).toBe('animal');
  });
});

describe('earlier studies a meta-analysis or review pools', () => {
  const other = (text: string, lang: 'en' | 'de' = 'en') => readSentences([{ text, paragraph: 3, weight: 1 }], CONTEXT[lang])[0].other;
  it('are its material, not a sign that the sentence is about other work', () => {
    expect(other("The researchers carried out a 'meta-analysis' of all previous studies on the subject.")).toBe(false);
    expect(other('In the new report, researchers reviewed four other studies that had followed older adults.')).toBe(false);
    expect(other('The team conducted an analysis of previous studies, which held data on 450,000 people.')).toBe(false);
    expect(other('Das Team wertete dafür 19 frühere Studien aus.', 'de')).toBe(false);
    expect(other('The group pulled together the results of 14 earlier studies of school meals.')).toBe(false);
    expect(other('They reached that figure by bringing together the results of 22 previous studies.')).toBe(false);
    expect(other('Dafür hat die Gruppe 12 frühere Untersuchungen gemeinsam ausgewertet.', 'de')).toBe(false);
  });
  it('leaves earlier findings, and a separate earlier analysis, as other work', () => {
    expect(other('Previous studies had suggested a link between the pills and kidney problems.')).toBe(true);
    expect(other('Data from earlier trials showed a benefit.')).toBe(true);
    expect(other('A previous meta-analysis of older trials found no effect.')).toBe(true);
    expect(other('Frühere Studien hatten das bereits gezeigt.', 'de')).toBe(true);
  });
});

describe('talk of research in general', () => {
  const generic = (text: string) => CONTEXT.en.generic.test(text);
  it('is not two particular studies, even with a word between ("two late-stage studies")', () => {
    expect(generic('The cream cleared the rash in two late-stage studies.')).toBe(false);
    expect(generic('Both large studies enrolled adults.')).toBe(false);
    expect(generic('Two studies found the same.')).toBe(false);
  });
  it('is studies in general', () => {
    expect(generic('Studies show that sleep matters.')).toBe(true);
    expect(generic('Many studies have looked at coffee.')).toBe(true);
    expect(generic('Such studies are hard to run.')).toBe(true);
  });
});

describe('a headline of news about research, or of a piece that reports no study', () => {
  const news = (text: string, lang: 'en' | 'de' = 'en') => CONTEXT[lang].newsHead.test(text);
  it('is a prize, an approval, a launch, a death, a profile or an explainer', () => {
    expect(news('Geologist who mapped sinking river deltas wins Lyell medal')).toBe(true);
    expect(news('Regulator approves once-a-week insulin injection')).toBe(true);
    expect(news('New radio telescope begins operations in the desert')).toBe(true);
    expect(news('Explainer: what the tide tables leave out')).toBe(true);
    expect(news('What is a confidence interval?')).toBe(true);
    expect(news('Senate passes bill to fund rural clinics')).toBe(true);
    expect(news('Physik-Nobelpreis für Arbeiten zu Quantensensoren', 'de')).toBe(true);
    expect(news('EU-Kommission lässt neuen Impfstoff gegen Dengue zu', 'de')).toBe(true);
    expect(news('Was ist eigentlich ein Konfidenzintervall?', 'de')).toBe(true);
  });
  it('is not a headline that reports a finding', () => {
    expect(news('Daily walks linked to lower blood pressure in older adults')).toBe(false);
    expect(news('Mobile phones given a clean bill of health')).toBe(false);
    expect(news('Why are rats ticklish? Scientists find the brain circuit behind the giggle')).toBe(false);
    expect(news('Mäuse mit Darmbakterien gestresster Menschen wurden ängstlich', 'de')).toBe(false);
    expect(news('Supercomputer-Simulation erklärt flackernde Lichtblitze', 'de')).toBe(false);
  });
});
