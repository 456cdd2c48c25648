import type { EvidenceItem, PeerReview, Research, StudyType } from '@/lib/analysis/types';
import { animalSpecies } from '@/lib/analysis/research/species';
import { t, type MessageKey } from './i18n';

/** Words for the research verdict; every word comes from _locales. */
const key = (prefix: string, value: string) => `${prefix}${value.replaceAll('-', '_')}` as MessageKey;

export const studyTypeText = (type: StudyType): string => t(key('studyType_', type));

export function peerReviewText(value: PeerReview, journal?: string): string {
  if (value === 'peer-reviewed' && journal) return t('peerReviewedIn', journal);
  return t(key('peer_', value));
}

/** Where a health study stands relative to people; empty when the stage does not apply. */
export function stageNote(r: Research): string {
  if (r.studyType === 'in-vitro' || r.studyType === 'animal') return t('researchNotInPeople');
  if (r.studyType === 'human-trial') return r.humanPhase ? t('researchPhase', String(r.humanPhase)) : t('researchPhaseNotStated');
  return '';
}

const speciesOf = (r: Research) => animalSpecies(r.evidence.filter((e) => e.label === 'studyType').map((e) => e.text));

/** "Study in mice" when the deciding sentences name the animal, else the study type's own words. */
export function studyHeadline(r: Research): string {
  if (r.studyType !== 'animal') return studyTypeText(r.studyType);
  const species = speciesOf(r);
  return species ? t('studyInSpecies', species) : studyTypeText(r.studyType);
}

// Designs whose subjects are people, animals or cells: the verdict names those first, then the design.
const HAS_DESIGN_WORDS = new Set<StudyType>(['in-vitro', 'animal', 'human-trial', 'observational', 'case-report', 'meta-analysis', 'review']);

/** Who or what was studied, said first ("In mice", "In people"); empty when the study is on no one. */
export function subjectsText(r: Research): string {
  if (r.subjects === 'none' || !HAS_DESIGN_WORDS.has(r.studyType)) return '';
  if (r.subjects === 'animals') {
    const species = speciesOf(r);
    return species ? t('subjectsInSpecies', species) : t('subjects_animals');
  }
  return t(key('subjects_', r.subjects));
}

/** The one-line verdict: who was studied — design · peer review · stage. */
export function verdictParts(r: Research): string[] {
  const subjects = subjectsText(r);
  const parts = [subjects ? `${subjects} — ${t(key('design_', r.studyType))}` : studyHeadline(r)];
  if (r.studyType === 'none') return parts;
  parts.push(peerReviewText(r.peerReview, r.journal));
  if (r.retracted) parts.push(t('researchRetracted'));
  const stage = stageNote(r);
  if (stage) parts.push(stage);
  return parts;
}

/** "It could also be: observational study (30%)" beside an unsure verdict; empty without alternatives. */
export function alternativesText(r: Research): string {
  const list = (r.alternatives ?? []).map((a) => t('researchAlternative', [studyTypeText(a.studyType), String(Math.round(a.probability * 100))]));
  return list.length ? t('researchAlternatives', list.join(', ')) : '';
}

/** Confidence in words a reader understands, plus the number. */
export function confidenceWords(confidence: number): string {
  const band = confidence >= 0.8 ? 'researchSureVery' : confidence >= 0.6 ? 'researchSureFairly' : confidence >= 0.4 ? 'researchSureSomewhat' : 'researchSureNot';
  return t('researchConfidence', [t(band as MessageKey), String(Math.round(confidence * 100))]);
}

export const evidenceLabel = (item: EvidenceItem): string =>
  t(({ studyType: 'researchWhyType', peerReview: 'researchWhyPeer', humanPhase: 'researchWhyPhase', retraction: 'researchWhyRetraction' } as Record<string, MessageKey>)[item.label] ?? 'researchWhyOther');

/** Types on the path from lab to clinic get the ladder. */
export const onLadder = (r: Research): boolean => r.studyType === 'in-vitro' || r.studyType === 'animal' || r.studyType === 'human-trial';
