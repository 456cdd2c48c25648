// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDefaultClaimClassifier } from '.';
import { claimFeatures } from './features';
import { analyzeClaims, claimSentences, claimWarningFor } from './story';
import { readClaim, stem } from './tokens';
import { train } from './train';
import type { Claim } from '../types';

const classifier = createDefaultClaimClassifier();
const strength = (s: string) => classifier.classify(s).strength;

describe('claim words', () => {
  it('joins a verb’s forms and reads contractions as negations', () => {
    expect(new Set(['reduces', 'reduced', 'reducing', 'reduce'].map(stem)).size).toBe(1);
    expect(readClaim("Tea doesn't lower blood pressure").words).toEqual(['tea', 'does', 'not', 'lower', 'blood', 'pressure']);
  });

  it('marks quoted words, questions and headlines', () => {
    const t = readClaim('Walnuts "slash heart risk"?');
    expect([...t.quoted]).toEqual([0, 1, 1, 1]);
    expect(t.question).toBe(true);
    expect(readClaim('Walnuts slash heart risk, study finds.').headline).toBe(false);
  });

  it('gives a relation word the hedge, "can" or negation that governs it', () => {
    expect(claimFeatures('Green tea may reduce stroke risk')).toContain('C:modal');
    expect(claimFeatures('Green tea can reduce stroke risk')).toContain('C:can');
    expect(claimFeatures('Green tea did not reduce stroke risk')).toContain('C:neg');
    expect(claimFeatures('Green tea reduces stroke risk')).toContain('C:bare');
    expect(claimFeatures('Green tea is linked to lower stroke risk')).toContain('R:bare');
    expect(claimFeatures('Tea drinkers are twice as likely to live past 90')).toContain('main:R:bare');
    expect(claimFeatures('"Green tea reduces stroke risk," she said')).toContain('C:bare:quoted');
  });
});

describe('the shipped model', () => {
  it('tells the four strengths apart on sentences written for this test', () => {
    expect(strength('Eating oranges reduces the risk of kidney stones')).toBe('causal');
    expect(strength('Eating oranges may reduce the risk of kidney stones')).toBe('conditional');
    expect(strength('Eating oranges is associated with fewer kidney stones')).toBe('correlational');
    expect(strength('Orange eaters are less likely to develop kidney stones')).toBe('correlational');
    expect(strength('A new survey of orange growers in Spain')).toBe('none');
    expect(strength('Can oranges prevent kidney stones?')).not.toBe('causal');
  });

  // Where Yu et al.'s annotators and the InSciOut coders disagree, the model follows the issue's definitions.
  it('reads "can" as conditional and a stated non-link as no claim', () => {
    expect(strength('Eating oranges can reduce the risk of kidney stones')).toBe('conditional');
    expect(strength('Eating oranges did not reduce the risk of kidney stones')).toBe('none');
    expect(strength('Orange eating was not associated with kidney stones')).toBe('none');
  });

  it('answers a probability between 0 and 1 for the strength it gives', () => {
    const { probability } = classifier.classify('Eating oranges reduces the risk of kidney stones');
    expect(probability).toBeGreaterThan(0.5);
    expect(probability).toBeLessThanOrEqual(1);
    const p = classifier.probabilities('Eating oranges reduces the risk of kidney stones');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});

describe('training', () => {
  const ex = (features: string[], label: string) => ({ features, label, weight: 1 });
  const data = [ex(['a', 'bias'], 'causal'), ex(['a', 'bias'], 'causal'), ex(['a', 'bias'], 'causal'), ex(['b', 'bias'], 'none'), ex(['b', 'bias'], 'none'), ex(['b', 'bias'], 'none')];

  it('learns which feature means which class', () => {
    const m = train(data, { l2: 1e-3, iterations: 200, minCount: 1, rate: 0.1 });
    const w = (f: string, c: string) => m.weights[m.features.indexOf(f) * m.classes.length + m.classes.indexOf(c)];
    expect(w('a', 'causal')).toBeGreaterThan(w('a', 'none'));
    expect(w('b', 'none')).toBeGreaterThan(w('b', 'causal'));
  });

  it('writes the same model every run', () => {
    const opts = { l2: 1e-3, iterations: 50, minCount: 1, rate: 0.1 };
    expect(JSON.stringify(train(data, opts))).toBe(JSON.stringify(train(data, opts)));
  });
});

describe('story claims', () => {
  const claim = (text: string, s: Claim['strength'], part: Claim['part'] = 'headline', probability = 0.9): Claim => ({ text, strength: s, probability, part });

  it('takes the headline and lede sentences that state a relation', () => {
    const got = claimSentences({
      title: 'Oranges cut kidney stone risk',
      paragraphs: ['The team followed 9,000 adults for a decade in a national survey.', 'People who ate an orange a day were less likely to develop kidney stones than others.'],
    });
    expect(got.map((c) => c.part)).toEqual(['headline', 'finding']);
    expect(got[1].text).toMatch(/less likely/);
  });

  it('does not take a sentence for a finding because a name inside it sounds like one', () => {
    const got = claimSentences({
      title: 'Salt and stroke in river towns',
      paragraphs: [
        'The study drew on the Causes of Regional Differences in Stroke project, which followed 14,000 adults.',
        'Adults who ate the most salted snacks had more strokes than those who ate the fewest.',
      ],
    });
    expect(got.map((c) => c.text)).toEqual(['Salt and stroke in river towns', 'Adults who ate the most salted snacks had more strokes than those who ate the fewest.']);
    // A relation word that opens the sentence is not a name.
    expect(claimSentences({ title: 'Salt', paragraphs: ['Salt Raises Stroke Risk In Older Adults, a study of 14,000 people finds.'] })).toHaveLength(2);
  });

  it('warns about a causal claim from an observational study, not about a link', () => {
    const obs = { studyType: 'observational', subjects: 'people' } as const;
    expect(claimWarningFor([claim('Oranges cut kidney stone risk', 'causal')], obs)).toEqual({ kind: 'causal-from-observational', text: 'Oranges cut kidney stone risk' });
    expect(claimWarningFor([claim('Oranges linked to fewer kidney stones', 'correlational')], obs)).toBeUndefined();
    expect(claimWarningFor([claim('Oranges did not cut kidney stone risk', 'causal')], obs)).toBeUndefined();
    expect(claimWarningFor([claim('Oranges cut kidney stone risk', 'causal', 'headline', 0.4)], obs)).toBeUndefined();
    // A topic headline with a causal-sounding verb gets a causal answer the model is not clearly sure of.
    const topic = 'Most family doctors feel unprepared to treat long Covid, survey says';
    expect(claimWarningFor([{ text: topic, part: 'headline', ...classifier.classify(topic) }], obs)).toBeUndefined();
    expect(claimWarningFor([claim('Oranges cut kidney stone risk', 'causal')], { studyType: 'human-trial', subjects: 'people' })).toBeUndefined();
  });

  it('reads English stories only: a German one gets no claims and no warning, not an English guess', () => {
    const obs = { studyType: 'observational', subjects: 'people' } as const;
    const story = (title: string, lang: string | null) => ({ title, paragraphs: [], lang });
    expect(analyzeClaims(story('Orangen senken das Risiko für Nierensteine', 'de-CH'), obs, classifier)).toEqual({ claims: [] });
    expect(analyzeClaims(story('Oranges cut kidney stone risk', 'en-GB'), obs, classifier).claimWarning?.kind).toBe('causal-from-observational');
    expect(analyzeClaims(story('Oranges cut kidney stone risk', 'en_US'), obs, classifier).claims).toHaveLength(1);
    // A page that names no language is read, as before.
    expect(analyzeClaims(story('Oranges cut kidney stone risk', null), obs, classifier).claims).toHaveLength(1);
  });

  it('gives no warning when Caveat is not sure of the study design', () => {
    expect(claimWarningFor([claim('Oranges cut kidney stone risk', 'causal')], { studyType: 'observational', subjects: 'people', sure: false })).toBeUndefined();
  });

  it('warns about a claim on people from a mouse study, not about one that names the mice', () => {
    const mice = { studyType: 'animal', subjects: 'animals' } as const;
    expect(claimWarningFor([claim('Drug restores memory in patients', 'causal')], mice)?.kind).toBe('people-from-animals-or-cells');
    expect(claimWarningFor([claim('Drug restores memory in mice', 'causal')], mice)).toBeUndefined();
    expect(claimWarningFor([claim('A nasal spray kept ferrets free of a winter virus', 'causal')], mice)).toBeUndefined();
  });
});
