import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Research } from '@/lib/analysis/types';
import { ResearchPanel } from './ResearchPanel';

const mouse: Research = {
  studyType: 'animal',
  subjects: 'animals',
  humanPhase: null,
  peerReview: 'peer-reviewed',
  journal: 'Science Advances',
  sure: true,
  confidence: 0.86,
  evidence: [
    { label: 'studyType', text: 'In mouse models, the cells lasted longer.' },
    { label: 'peerReview', text: 'The work was published in Science Advances.' },
  ],
  caveats: ['The research has not yet entered clinical trials in humans.'],
};

function mount(research: Research): HTMLElement {
  const root = document.createElement('div');
  render(<ResearchPanel research={research} />, root);
  return root;
}

describe('ResearchPanel', () => {
  it('says first who was studied: "in animals" when the sentences name no species', () => {
    const root = mount({ ...mouse, evidence: [{ label: 'studyType', text: 'The animals lived longer.' }] });
    expect(root.querySelector('[data-testid="research-verdict"]')!.textContent).toMatch(/^subjects_animals — design_animal/);
  });

  it('says "not sure" before the most likely type, with the other types it could be', () => {
    const root = mount({ ...mouse, sure: false, confidence: 0.5, alternatives: [{ studyType: 'in-vitro', probability: 0.3 }] });
    const verdict = root.querySelector('[data-testid="research-verdict"]')!;
    expect(verdict.getAttribute('data-sure')).toBe('false');
    expect(verdict.textContent).toMatch(/^researchNotSure/);
    expect(root.querySelector('[data-testid="research-unsure-note"]')!.textContent).toContain('researchAlternatives');
    expect(mount(mouse).querySelector('[data-testid="research-unsure-note"]')).toBeNull();
  });

  it('gives a one-line verdict with the journal and the stage, and an icon hidden from screen readers', () => {
    const root = mount(mouse);
    const verdict = root.querySelector('[data-testid="research-verdict"]')!;
    expect(verdict.textContent).toMatch(/^subjectsInSpecies/); // "In mice — …": the deciding sentence names mice
    expect(verdict.textContent).toContain('researchNotInPeople');
    expect(verdict.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks the animal rung of the ladder with aria-current and a text marker', () => {
    const current = mount(mouse).querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0].textContent).toContain('ladder_animals');
    expect(current[0].textContent).toContain('ladderHere');
  });

  it('marks the phase of a human trial, inside the trials rung', () => {
    const root = mount({ ...mouse, studyType: 'human-trial', subjects: 'people', humanPhase: 2 });
    const current = root.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0].textContent).toContain('ladder_phase2');
    expect(current[0].closest('.ladder-phases')).not.toBeNull();
  });

  it('quotes the evidence and the caveats', () => {
    const root = mount(mouse);
    const quotes = [...root.querySelectorAll('blockquote')].map((b) => b.textContent);
    expect(quotes).toContain('In mouse models, the cells lasted longer.');
    expect(quotes).toContain('The research has not yet entered clinical trials in humans.');
  });

  it('warns in the verdict and in a note when the story says the study was retracted', () => {
    const plain = mount(mouse);
    expect(plain.querySelector('[data-testid="research-retracted"]')).toBeNull();
    expect(plain.querySelector('[data-testid="research-verdict"]')!.textContent).not.toContain('researchRetracted');
    const root = mount({ ...mouse, retracted: true, evidence: [{ label: 'retraction', text: 'The journal retracted the study.' }, ...mouse.evidence] });
    expect(root.querySelector('[data-testid="research-verdict"]')!.textContent).toContain('researchRetracted');
    expect(root.querySelector('[data-testid="research-retracted"]')!.textContent).toContain('researchRetractedNote');
    expect(root.querySelector('.research-evidence-label')!.textContent).toContain('researchWhyRetraction');
  });

  it('says plainly when the story reports no specific study, without a ladder', () => {
    const root = mount({ studyType: 'none', subjects: 'none', humanPhase: null, peerReview: 'unknown', sure: true,
  confidence: 0.7, evidence: [], caveats: [] });
    expect(root.textContent).toContain('researchNoStudy');
    expect(root.textContent).toContain('researchNoCaveats');
    expect(root.querySelector('.ladder')).toBeNull();
  });

  it('lists the other studies a story reports', () => {
    const root = mount({ ...mouse, otherStudies: [{ studyType: 'meta-analysis', text: 'Another meta-analysis pooled 45 studies.' }] });
    const others = root.querySelector('.research-others')!;
    expect(others.textContent).toContain('studyType_meta_analysis');
    expect(others.textContent).toContain('Another meta-analysis pooled 45 studies.');
  });

  it('has no axe violations', async () => {
    const { default: axe } = await import('axe-core');
    const root = mount({ ...mouse, otherStudies: [{ studyType: 'observational', text: 'A survey found a link.' }] });
    document.body.appendChild(root);
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    root.remove();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
