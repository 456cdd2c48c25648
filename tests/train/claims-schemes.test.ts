// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimFeatures } from '../../lib/analysis/claims/features';
import { SCHEME_CLASSES, SCHEMES, schemeClass, yuStrength } from '../../scripts/train/claims-schemes';

const pubmed = (text: string, strength: 'none' | 'correlational' | 'conditional' | 'causal') => schemeClass({ strength }, claimFeatures(text));
const insciout = (text: string, code: number, strength: 'none' | 'correlational' | 'conditional' | 'causal') => schemeClass({ code, strength }, claimFeatures(text));

describe('the two annotation schemes', () => {
  it('puts PubMed’s "can" causes and negated relations in the classes InSciOut codes apart', () => {
    expect(pubmed('Tea can lower blood pressure.', 'causal')).toBe('5');
    expect(pubmed('Tea did not lower blood pressure.', 'causal')).toBe('1C');
    expect(pubmed('Tea was not associated with blood pressure.', 'correlational')).toBe('1R');
    expect(pubmed('Tea lowers blood pressure.', 'causal')).toBe('6');
    expect(pubmed('Tea is associated with lower blood pressure.', 'correlational')).toBe('2');
  });

  it('splits InSciOut’s stated non-links by the relation’s kind, as Yu et al.’s annotators would label them', () => {
    expect(insciout('Tea does not lower blood pressure', 1, 'none')).toBe('1C');
    expect(insciout('Tea not linked to blood pressure', 1, 'none')).toBe('1R');
    expect(yuStrength({ code: 1, strength: 'none' }, claimFeatures('Tea does not lower blood pressure'))).toBe('causal');
    expect(yuStrength({ code: 5, strength: 'conditional' }, claimFeatures('Tea can lower blood pressure'))).toBe('causal');
  });

  it('adds the fine classes up into the four strengths, each scheme its own way', () => {
    const at = (c: string) => SCHEME_CLASSES.indexOf(c as (typeof SCHEME_CLASSES)[number]);
    expect(SCHEMES.insciout[at('5')]).toBe('conditional');
    expect(SCHEMES.yu[at('5')]).toBe('causal');
    expect(SCHEMES.insciout[at('1C')]).toBe('none');
    expect(SCHEMES.yu[at('1R')]).toBe('correlational');
  });
});
