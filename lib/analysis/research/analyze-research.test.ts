// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResearchAnalyzer } from './index';

const analyzer = createResearchAnalyzer();
const analyzeResearch = (a: Parameters<typeof analyzer.analyze>[0]) => analyzer.analyze(a);
import { testArticle } from '../test-article';

describe('analyzeResearch', () => {
  it('reads a mouse study and does not call it a human study because of "not yet tested in humans"', () => {
    const r = analyzeResearch(
      testArticle('Drug reverses memory loss in mice', [
        'A drug restored memory in mice with an Alzheimer’s-like disease, researchers report in the journal Neuron.',
        'The team treated 40 mice for eight weeks. The compound has not yet been tested in humans.',
      ]),
    );
    expect(r).toMatchObject({ studyType: 'animal', subjects: 'animals', humanPhase: null, peerReview: 'peer-reviewed', journal: 'Neuron' });
    expect(r.evidence.some((e) => e.label === 'studyType' && e.text.includes('in mice'))).toBe(true);
    expect(r.caveats).toContain('The compound has not yet been tested in humans.');
  });

  it('does not call a human trial a mouse study because of "unlike earlier mouse studies"', () => {
    const r = analyzeResearch(
      testArticle('Fasting trial in adults finds no extra benefit', [
        'Unlike earlier mouse studies, the new trial tested the diet in people.',
        'Researchers randomly assigned 139 adults to one of two diets, and participants were given coaching.',
      ]),
    );
    expect(r.studyType).toBe('human-trial');
    expect(r.subjects).toBe('people');
  });

  it('reads a record a company announces for its device as a lab experiment, not yet published', () => {
    const r = analyzeResearch(
      testArticle('Battery maker says its new cell set a world record for energy density', [
        'A battery company said on Thursday that its lithium-metal cell stored 520 watt-hours per kilogram.',
        'The figure was verified by an independent testing firm, the company said. It has not been published.',
      ]),
    );
    expect(r).toMatchObject({ studyType: 'lab-experiment', peerReview: 'unpublished' });
  });

  it('reads cells grown in culture as a dish study and an opinion headline as commentary', () => {
    const dish = analyzeResearch(
      testArticle('Lab-grown liver cells clear a toxin', [
        'Researchers kept human liver cells in culture for a month and exposed them to the toxin, the study in the journal Hepatology reports.',
        'The team found that the cells broke most of it down within a day.',
      ]),
    );
    expect(dish.studyType).toBe('in-vitro');
    const opinion = analyzeResearch(
      testArticle('Opinion: Science needs slower news', [
        'Researchers and reporters rush results out. Studies in mice are sold as cures, and the scientists who did the work cannot keep up with the headlines.',
        'Readers deserve to know how early the research is.',
      ]),
    );
    expect(opinion.studyType).toBe('review');
  });

  it('counts a numbered group of insects put through an experiment as an animal study', () => {
    const r = analyzeResearch(
      testArticle('Ants learn a maze faster after a nap', [
        'In experiments at a university lab, 60 ants were trained to find sugar in a maze, the researchers report in the journal Animal Behaviour.',
        'The team found that ants allowed to rest found the sugar sooner the next day.',
      ]),
    );
    expect(r).toMatchObject({ studyType: 'animal', subjects: 'animals' });
  });

  it('calls an analysis of readings from ocean floats an observation of nature', () => {
    const r = analyzeResearch(
      testArticle('Deep ocean is warming faster, float data show', [
        'An analysis of temperature readings from robotic floats shows the deep ocean warming faster than before, the researchers report in the journal Ocean Science.',
        'The team compared the float records with ship surveys from the 1990s.',
      ]),
    );
    expect(r.studyType).toBe('observation');
  });

  it('counts pet dogs given a drug as an animal study', () => {
    const r = analyzeResearch(
      testArticle('Heart drug helps older dogs live longer', [
        'Vets gave the drug to 120 dogs with early heart disease in a study published in the Journal of Veterinary Internal Medicine.',
        'Treated dogs lived eight months longer on average, the researchers said.',
      ]),
    );
    expect(r).toMatchObject({ studyType: 'animal', subjects: 'animals' });
  });

  it('lists a separate cohort beside the main trial', () => {
    const r = analyzeResearch(
      testArticle('Salt swap lowered blood pressure in a randomised trial', [
        'Researchers randomly assigned 600 adults to a salt substitute or ordinary salt, and published the trial in the journal Circulation.',
        'Those given the substitute had lower blood pressure after six months than the placebo group.',
        'The team also examined a separate cohort of 20,000 people and found that salt intake was linked to strokes.',
      ]),
    );
    expect(r.studyType).toBe('human-trial');
    expect(r.otherStudies?.map((o) => o.studyType)).toContain('observational');
  });

  it('calls guidelines from a panel that reviewed studies a review, not a meta-analysis', () => {
    const r = analyzeResearch(
      testArticle('Doctors should check blood pressure from age 18, new guidelines say', [
        'Adults should have their blood pressure checked every year from the age of 18, according to new guidelines from a heart charity.',
        'The panel reviewed studies from the past decade and concluded that early checks prevent strokes.',
        'The guidelines were published in the journal Hypertension.',
      ]),
    );
    expect(r.studyType).toBe('review');
  });

  it('counts a crossover feeding study as a human trial without the word "trial"', () => {
    const r = analyzeResearch(
      testArticle('Oats beat white bread for blood sugar', [
        'Twenty adults ate both diets, each for two weeks, in random order.',
        'Blood sugar after meals was lower on the oat diet, the researchers found.',
        'The study was published in the journal Nutrients.',
      ]),
    );
    expect(r.studyType).toBe('human-trial');
  });

  it('calls an experiment that splits volunteers into groups a human trial', () => {
    const r = analyzeResearch(
      testArticle('Writing about worries helped students in a test', [
        'Psychologists asked 80 students to sit a spelling test.',
        'Half were told to write about their worries first, while the rest sat quietly; the groups were chosen by a coin toss.',
        'The researchers published the results in the journal Memory.',
      ]),
    );
    expect(r.studyType).toBe('human-trial');
  });

  it('calls a count of wild birds an observation of nature', () => {
    const r = analyzeResearch(
      testArticle('Swifts are fewer than ever, survey shows', [
        'Volunteers counted birds at 900 sites every summer for the national bird survey.',
        'The survey found that swift numbers fell by half in twenty years.',
      ]),
    );
    expect(r.studyType).toBe('observation');
  });

  it('does not take the place after "a study in" for a journal', () => {
    const r = analyzeResearch(
      testArticle('Malaria antibody given to people', [
        'The antibody was given to 20 volunteers in a small safety study in Maryland.',
        'The trial was reported in The New England Journal of Medicine.',
      ]),
    );
    expect(r.journal).toBe('New England Journal of Medicine');
  });

  it('calls a comparison of firms from their tax records observational', () => {
    const r = analyzeResearch(
      testArticle('Shorter week kept output steady, economists find', [
        'The researchers compared 60 firms that tried a four-day week with 120 similar firms, using tax records over three years.',
        'Output per worker rose slightly, according to the working paper.',
      ]),
    );
    expect(r.studyType).toBe('observational');
  });

  it('calls measurements gathered from lakes and earthquakes recorded by cables observations of nature', () => {
    const lakes = analyzeResearch(
      testArticle('Rivers are warming', [
        'Scientists gathered more than 9,000 measurements of temperature taken since 1960 in rivers across Europe.',
        'The team explains the findings in the journal Water Research.',
      ]),
    );
    expect(lakes).toMatchObject({ studyType: 'observation', journal: 'Water Research' });
    const quakes = analyzeResearch(
      testArticle('Cables hear quakes', [
        'Seismologists turned a seabed cable into a sensor and recorded hundreds of small earthquakes over a month.',
        'The researchers report the work in the journal Science.',
      ]),
    );
    expect(quakes.studyType).toBe('observation');
  });

  it('calls a new analysis of earlier trials a meta-analysis, not a trial', () => {
    const r = analyzeResearch(
      testArticle('Painkiller works about as well as placebo for back pain, analysis suggests', [
        'A new analysis of drug trials suggests that a common painkiller helps back pain only a little more than a placebo pill.',
        'The researchers looked at results for each patient in the trials, which compared the drug with dummy pills over four weeks.',
        'About 6,000 patients took part in those trials.',
      ]),
    );
    expect(r.studyType).toBe('meta-analysis');
  });

  it('reports the phase of a trial, counting phase 1/2 as 2', () => {
    const r = analyzeResearch(
      testArticle('Gene therapy helps in early trial', ['In the phase 1/2 trial, 15 patients received the therapy and were followed for a year.', 'The randomised study used no placebo.']),
    );
    expect(r.studyType).toBe('human-trial');
    expect(r.humanPhase).toBe(2);
  });

  it('says "none" with no evidence for an outbreak update', () => {
    const r = analyzeResearch(
      testArticle('Measles cases rise to 40', ['Health officials confirmed eight more cases this week.', 'Clinics will offer vaccines at schools from Monday.']),
    );
    expect(r).toMatchObject({ studyType: 'none', subjects: 'none', peerReview: 'unknown' });
    expect(r.evidence.filter((e) => e.label === 'studyType')).toEqual([]);
  });

  it('names the main study and lists the others', () => {
    const r = analyzeResearch(
      testArticle('Processed food linked to memory decline', [
        'People who ate more ultra-processed food had faster memory decline, according to a study that followed 10,000 adults, published in the BMJ.',
        'The researchers found the association held after accounting for income. The link was observational.',
        'In a separate study, researchers fed mice a processed diet and saw inflammation in their brains.',
      ]),
    );
    expect(r.studyType).toBe('observational');
    expect(r.otherStudies?.map((o) => o.studyType)).toContain('animal');
  });

  it('is more confident when one type clearly leads', () => {
    const clear = analyzeResearch(testArticle('Trial', ['In a randomised, placebo-controlled trial, 500 participants were given the drug, the researchers reported.', 'The double-blind trial enrolled adults.']));
    const mixed = analyzeResearch(testArticle('Study', ['The study looked at cells in a dish and at mice.', 'The researchers treated mice and cell cultures.']));
    expect(clear.confidence).toBeGreaterThan(mixed.confidence);
  });
});
