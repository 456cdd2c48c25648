// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../extract/types';
import { testArticle, type TestArticleExtra } from '../test-article';
import { findSources } from './index';

// The byline names the story's writer, whom Sources must leave out.
const article = (paragraphs: string[], extra: TestArticleExtra = {}) => testArticle('A story', paragraphs, { byline: 'By Sam Writer', siteName: 'News Example', ...extra });
const names = (a: ExtractedArticle, kind: 'institution' | 'researcher') => findSources(a).filter((s) => s.kind === kind).map((s) => s.name);

describe('institution ranking', () => {
  it('leaves out names made only of words the story also writes in lower case', () => {
    const got = names(article([
      'Researchers at Leeds Teaching Hospitals studied kidney cancer, said Jane Roe, a scholar in Medical Research at the Kidney Cancer Program.',
      'The medical research team treated kidney cancer with a new program of drugs.',
    ]), 'institution');
    expect(got).toEqual(['Leeds Teaching Hospitals']);
  });

  it('leaves out publishers', () => {
    const got = names(article(['Researchers at the University of Leeds used a scale from Marlow Publications, Inc, and a guide from Hartley Publishing Group.']), 'institution');
    expect(got).toEqual(['University of Leeds']);
  });

  it('lists funders after the institutions that did the work', () => {
    const got = names(article([
      'The study was funded by the Wellcome Trust and supported by grants from the Gates Foundation.',
      'Researchers at the University of Leeds led the trial.',
    ]), 'institution');
    expect(got).toEqual(['University of Leeds', 'Wellcome Trust', 'Gates Foundation']);
  });

  it('lists the society a journal belongs to after the institutions that did the work', () => {
    const got = names(article([
      'The findings appear in Stroke, a journal of the American Heart Association.',
      'Researchers at the University of Leeds led the trial, published in a peer-reviewed journal from the Royal Society of Chemistry.',
    ]), 'institution');
    expect(got).toEqual(['University of Leeds', 'American Heart Association', 'Royal Society of Chemistry']);
  });

  it('merges an acronym with the spelled-out name it stands for', () => {
    const got = names(article([
      'The Food and Drug Administration approved the drug after a study at Stanford University.',
      'The FDA said the study was large.',
    ]), 'institution');
    expect(got).toHaveLength(2);
    expect(got).toEqual(expect.arrayContaining(['Stanford University', 'Food and Drug Administration']));
  });

  it('keeps two organisations joined by "and" apart, and a name with "&" whole', () => {
    const got = names(article(['The study, by researchers at Roche AG and Gilead Sciences Inc, was run at Oregon Health & Science University.']), 'institution');
    expect(got).toEqual(expect.arrayContaining(['Roche', 'Gilead Sciences Inc', 'Oregon Health & Science University']));
    expect(got).not.toContain('Roche AG and Gilead Sciences Inc');
  });

  it('caps a long list, dropping the passing mentions first', () => {
    const places = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy', 'Juniper', 'Kapok', 'Larch'];
    const got = names(article([
      ...places.map((p) => `The drug is now on sale at the ${p} Hospital in a nearby town.`),
      'The study was led by researchers at the University of Leeds.',
    ]), 'institution');
    expect(got[0]).toBe('University of Leeds');
    expect(got.length).toBe(10);
  });
});

describe('researcher ranking', () => {
  it('drops a person the story calls a politician', () => {
    const got = names(article(['The vaccine is safe, said Alex Azar, the health secretary, citing the study.', '“It works,” said Jane Roe, a biologist at the University of Leeds.']), 'researcher');
    expect(got).toEqual(['Jane Roe']);
  });

  it('lists named authors before members of a long contributor list, and caps the list', () => {
    const list = ['Ann Abel', 'Ben Bower', 'Cal Crane', 'Dee Dunn', 'Eve Ekker', 'Fay Fenn', 'Gil Gantz', 'Hal Hobbs', 'Ida Imre', 'Jon Jarvis', 'Kit Kerr', 'Lee Lund'];
    const got = names(article([`Other researchers on the study include ${list.join(', ')}.`, 'The lead author, Zoe Zuber, a chemist at the University of Leeds, said the result was clear.']), 'researcher');
    expect(got[0]).toBe('Zoe Zuber');
    expect(got.length).toBe(10);
  });

  it('merges a surname written without its accent', () => {
    const got = names(article(['“It helps,” explains lead author Dr. Ângelo Luís.', '“Findings like this,” adds Dr. Luis, “are useful.”']), 'researcher');
    expect(got).toEqual(['Ângelo Luís']);
  });

  it('lists a laboratory once when the story also writes it in the plural', () => {
    const got = names(article([
      'Jane Roe, director of the Tarn Immunology Laboratory, led the study of the vaccine.',
      'The first author is Tom Ode of the Tarn Immunology Laboratories.',
    ]), 'institution');
    expect(got).toEqual(['Tarn Immunology Laboratory']);
  });
});
