import { describe, expect, it } from 'vitest';
import { STUDY_CUES } from './cues';

const cue = (id: string) => {
  const found = STUDY_CUES.find((c) => c.id === id);
  if (!found) throw new Error(`no cue ${id}`);
  return found;
};
const hits = (id: string, text: string) => [...text.matchAll(cue(id).en)].map((m) => m[0]);

describe('study cues', () => {
  it('every cue has a unique id and a global English pattern', () => {
    const ids = STUDY_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of STUDY_CUES) expect(c.en.flags).toContain('g');
  });

  it('reads allocation to treatments without the word "random": people and patients, counted or not', () => {
    expect(hits('ht.assign-participants', 'The team assigned 214 patients with hip pain to one of two treatments.')).toHaveLength(1);
    expect(hits('ht.assign-participants', 'Researchers assigned 351 people with torn cartilage to surgery or therapy.')).toHaveLength(1);
    expect(hits('ht.assign-participants', 'They assigned older adults to walking groups.')).toHaveLength(1);
    // A case assigned to a judge, a number assigned to a gene: no people, no trial.
    expect(hits('ht.assign-participants', 'The case was assigned to a judge, and each gene was assigned a number.')).toHaveLength(0);
  });
});
