/** The vocabulary of ../shared/analysis-contract.md, as types. */

export const STUDY_TYPES = [
  'in-vitro',
  'animal',
  'human-trial',
  'observational',
  'case-report',
  'meta-analysis',
  'review',
  'modelling',
  'observation',
  'lab-experiment',
  'none',
] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

export const SUBJECTS = ['people', 'animals', 'cells', 'none'] as const;
export type Subjects = (typeof SUBJECTS)[number];

export const PEER_REVIEW = ['peer-reviewed', 'preprint', 'unpublished', 'unknown'] as const;
export type PeerReview = (typeof PEER_REVIEW)[number];

export type HumanPhase = 1 | 2 | 3 | 4 | null;

export interface EvidenceItem {
  /** Which label this sentence supports: 'studyType', 'peerReview', 'humanPhase', 'subjects', 'retraction'. */
  label: string;
  /** The sentence, quoted from the article. */
  text: string;
}

export interface OtherStudy {
  studyType: StudyType;
  text: string;
}

export interface Research {
  studyType: StudyType;
  subjects: Subjects;
  humanPhase: HumanPhase;
  peerReview: PeerReview;
  /** 0..1: the calibrated probability that studyType is right. */
  confidence: number;
  /** False when Caveat tells the reader it is not sure of the study type (studyType is then the most likely one); stories saved before it existed lack it. */
  sure?: boolean;
  /** Other study types the model gives a fair chance, most likely first (shown beside an unsure verdict). */
  alternatives?: { studyType: StudyType; probability: number }[];
  evidence: EvidenceItem[];
  caveats: string[];
  /** Other studies the story mentions, when it reports several. */
  otherStudies?: OtherStudy[];
  /** The journal the story says the work appears in, when it names one (peer-review evidence). */
  journal?: string;
  /** The story says the study it reports was retracted (its evidence item has the label 'retraction'). */
  retracted?: boolean;
}

export const SOURCE_KINDS = [
  'journal',
  'paper',
  'preprint',
  'press-release',
  'registry',
  'institution',
  'researcher',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  kind: SourceKind;
  name?: string;
  url?: string;
  doi?: string;
  /** The sentence the source came from. */
  evidence?: string;
  /** For researchers: the role the story gives ("lead author", "not involved in the study"). */
  role?: string;
  /** For researchers: their institution, when the story says. */
  affiliation?: string;
}

export interface GlossaryHit {
  term: string;
  definition: string;
  /** Exact strings found in the article text. */
  matched: string[];
  count: number;
  field?: string;
  seeAlso?: string[];
}

export type { ClaimStrength } from './claims/strengths';
import type { ClaimStrength } from './claims/strengths';

/** A headline or main-finding sentence and how strongly it claims a cause. */
export interface Claim {
  text: string;
  strength: ClaimStrength;
  /** The model's probability for that strength, 0..1. */
  probability: number;
  part: 'headline' | 'finding';
}

export const CLAIM_WARNING_KINDS = ['causal-from-observational', 'people-from-animals-or-cells'] as const;
export type ClaimWarningKind = (typeof CLAIM_WARNING_KINDS)[number];

/** The story claims more than its study can show; `text` quotes the sentence. */
export interface ClaimWarning {
  kind: ClaimWarningKind;
  text: string;
}

export interface ArticleSummary {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
}

/** The JSON of `caveat analyze --json` and what the popup shows. */
export interface Analysis {
  url: string;
  article: ArticleSummary;
  research: Research;
  sources: Source[];
  glossary: GlossaryHit[];
  /** The headline's and main finding's claims, strongest first as they appear. */
  claims: Claim[];
  /** Present only when a claim goes beyond what the study can show. */
  claimWarning?: ClaimWarning;
}
