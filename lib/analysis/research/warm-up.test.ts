import { describe, expect, it } from 'vitest';
import { testArticle } from '../test-article';
import { createResearchAnalyzer } from './index';
import { warmUp } from './warm-up';

const STORIES = [
  testArticle('Mice live longer on fasting diet', ['A study in mice, posted on bioRxiv and not yet peer reviewed, found that fasting every other day extended their lives.']),
  testArticle('Coffee linked to lower risk', ['Researchers followed 82,000 nurses for 20 years and found that coffee drinkers had a lower risk of stroke, the team reports in Stroke.']),
  testArticle('Neues Medikament', ['In einer Studie mit 300 Patienten senkte das Mittel den Blutdruck, berichten die Forschenden im Fachblatt The Lancet.'], { lang: 'de' }),
];

describe('warmUp', () => {
  it('leaves every later answer as a fresh analyzer gives it', () => {
    const warmed = createResearchAnalyzer();
    warmUp(warmed);
    for (const story of STORIES) expect(warmed.analyze(story)).toEqual(createResearchAnalyzer().analyze(story));
  });
});
