// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectPhase } from './phase';
import type { Sentence } from './sentences';

const s = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ text, paragraph: i + 1, weight: 1 }));

describe('detectPhase', () => {
  it('reads arabic and roman numerals', () => {
    expect(detectPhase(s('The phase 3 trial enrolled 800 people.')).phase).toBe(3);
    expect(detectPhase(s('Results of the Phase II study were good.')).phase).toBe(2);
  });
  it('counts phase 1/2 as 2', () => {
    expect(detectPhase(s('In the phase 1/2 trial, 30 patients were treated.')).phase).toBe(2);
  });
  it('ignores plans and phases that are not trials', () => {
    expect(detectPhase(s('The company plans to start a phase 3 trial next year.', 'The moon entered a new phase.')).phase).toBe(null);
  });
  it('ignores the next trial the story is waiting for', () => {
    expect(detectPhase(s('This was a phase 2 trial.', 'Results of a larger phase 3 trial should be available next year.', 'We are waiting on the results of the phase 3 trial.')).phase).toBe(2);
  });
  it('ignores a trial still under way, which has no results to report yet', () => {
    expect(detectPhase(s('The findings set the stage for more testing, including the phase 2 study currently underway.')).phase).toBe(null);
    expect(detectPhase(s('In the phase 1 trial, 12 patients received the drug.', 'A phase 2 trial is now recruiting.')).phase).toBe(1);
  });
  it('prefers the phase the story returns to', () => {
    expect(detectPhase(s('An earlier phase 1 study showed safety.', 'The phase 2 trial found benefit.', 'In phase 2 testing, doses were raised.')).phase).toBe(2);
  });
  it('takes a first-in-human trial as phase 1 when no phase is named', () => {
    expect(detectPhase(s('The first-in-human trial gave the antibody to 24 volunteers.')).phase).toBe(1);
    expect(detectPhase(s('The first-in-human trial is planned for next year.')).phase).toBe(null);
    expect(detectPhase(s('The first-in-human study was followed by a phase 2 trial with 200 patients.')).phase).toBe(2);
  });
});
