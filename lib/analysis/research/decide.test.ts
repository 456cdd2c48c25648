// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STUDY_TYPES } from '../types';
import { decide, researchFocus, studyTalk } from './decide';
import { storySentences } from './sentences';
import type { ScoredType, TypeScores } from './score';

/** Scores of zero but for the given types; no hits are needed to decide. */
function scores(some: Partial<Record<ScoredType, number>>): TypeScores {
  const all = Object.fromEntries(STUDY_TYPES.filter((t) => t !== 'none').map((t) => [t, some[t as ScoredType] ?? 0]));
  const hits = Object.fromEntries(Object.keys(all).map((t) => [t, []]));
  return { scores: all, hits } as unknown as TypeScores;
}

describe('decide', () => {
  it('names the type a news-length story states clearly', () => {
    expect(decide(scores({ 'lab-experiment': 6, modelling: 1 }), 20, false, 40).studyType).toBe('lab-experiment');
  });

  it('does not name a type from a few passing mentions in a long feature', () => {
    // The same cues in a 200-sentence history of a field are incidental, not the story's study.
    expect(decide(scores({ 'lab-experiment': 6, modelling: 1 }), 20, false, 200).studyType).toBe('none');
  });

  it('still names the type of a long report that keeps stating it', () => {
    expect(decide(scores({ 'human-trial': 40, observational: 8 }), 60, false, 600).studyType).toBe('human-trial');
  });

  it('says none when nothing talks about a particular study', () => {
    expect(decide(scores({ animal: 6 }), 1, false, 30).studyType).toBe('none');
  });
  it('counts "two new studies" and "both studies" as particular work, "studies show" as general', () => {
    const focus = (text: string) => researchFocus(storySentences({ title: '', paragraphs: [text] }));
    expect(focus('Two new studies suggest that walking helps. Both studies were small.').generic).toBe(0);
    expect(focus('Two new studies suggest that walking helps.').specific).toBeGreaterThan(0);
    expect(focus('Studies show that walking helps.').generic).toBeGreaterThan(0);
  });
  it('does not count a study the story says never happened as talk of one', () => {
    const talk = (text: string) => studyTalk(storySentences({ title: '', paragraphs: [text] }));
    expect(talk('The device has not been through a large clinical trial.')).toBe(0);
    expect(talk('The device was tested in a small pilot trial.')).toBeGreaterThan(0);
    expect(talk('The survey shows a fall in numbers.')).toBeGreaterThan(0);
  });
  it('does not count people who only will do research as talk of a study', () => {
    const talk = (text: string) => studyTalk(storySentences({ title: '', paragraphs: [text] }));
    expect(talk('Engineers will spend three months testing the instruments.')).toBe(0);
    expect(talk('Scientists hope to study the comet next year.')).toBe(0);
    expect(talk('Engineers tested the instruments for three months.')).toBeGreaterThan(0);
  });
});
