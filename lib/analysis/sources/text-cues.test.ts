// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textCues } from './text-cues';

const none = () => undefined;

describe('press-release and preprint cues', () => {
  it('names wire services, including a common misspelling', () => {
    expect(textCues(['The findings were shared via EurekaAlert on Monday.'], none)).toMatchObject([{ kind: 'press-release', name: 'EurekAlert!' }]);
  });

  it('reads "in a press release" and a company statement', () => {
    expect(textCues(['The hospital said in a press release that enrolment is complete.'], none)).toMatchObject([{ kind: 'press-release' }]);
    expect(textCues(['Moderna said in a statement that it would file next year.'], () => 'Moderna')).toMatchObject([{ kind: 'press-release', name: 'Moderna' }]);
    expect(textCues(['He said in a statement that he was retiring.'], none)).toEqual([]);
  });

  it('credits the institution behind a reposted release', () => {
    expect(textCues(['Materials provided by University of Leeds. Note: Content may be edited.'], none)).toMatchObject([{ kind: 'press-release', name: 'University of Leeds' }]);
  });

  it('finds preprint servers and preprint wording', () => {
    expect(textCues(['The work was posted on the preprint server medRxiv.'], none)).toMatchObject([{ kind: 'preprint', name: 'medRxiv' }]);
    expect(textCues(['The study was posted online as a preprint.'], none)).toMatchObject([{ kind: 'preprint' }]);
  });
});
