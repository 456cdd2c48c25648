import type { StudyType, Subjects } from '../types';
import { CueFilter } from './match-starts';
import { negatedBefore } from './negation';
import { ranked, type ScoredType, type TypeScores } from './score';
import type { Sentence } from './sentences';

// Below this weighted score no study type is stated clearly enough to name one.
export const MIN_SCORE = 4;
// Below this weight of "the study / the researchers found / published in" the story reports no specific study.
export const MIN_STUDY_TALK = 2.5;
// A pooled design (meta-analysis, systematic review) stated at least this clearly wins over the trials it pools.
const POOLED_MIN = 5;

// Who does research and what research produces: a story about a study keeps naming both.
const STUDY_TALK_RE =
  /\b(?:the|a|this|their|his|her|its|our|new|latest|recent|current|that) (?:phase [\w/]+ |[\w/-]+ )?(?:study|trial|paper|research|analysis|experiments?|survey|findings|results|review|meta-analysis|report|observations|measurements|simulations?|model|prototype|excavation|case|data|work)\b|\b(?:researchers|scientists|the team|a team|investigators|authors|astronomers|engineers|archaeologists|physicists|chemists|biologists|oceanographers|glaciologists|roboticists|epidemiologists|geologists|psychologists|neuroscientists|ecologists|economists|palaeontologists|paleontologists|immunologists|geneticists|climatologists|zoologists|geophysicists|seismologists|volcanologists|hydrologists|climate scientists|the panel|expert panel)\b|\b(?:study|trial|research|analysis|paper|survey|experiment|data|figures|estimates) (?:\w+ )?(?:finds|found|shows?|showed|suggests?|suggested|says|reports|reveals|revealed|indicates)\b|\bstudy(?:['’]s)? (?:lead |senior |first |co-)?(?:authors?|leader|participants)\b|\bpublished (?:\w+ ){0,3}in\b|\bled by\b|\b(?:a|an|the|this) (?:[\w/-]+ ){2}(?:study|trial|survey|experiment)\b|\b(?:reported|described|appears?) in (?:the )?(?:[\w-]+ ){0,5}journal\b|\b(?:measured|verified|certified|confirmed|tested) by an? independent\b|\b(?:set|sets|setting|broke|breaks|achieved|achieves) a (?:new )?(?:world |efficiency )?record\b/gi;

// Right after study talk: what they only plan ("researchers will now test…").
const ONLY_FUTURE_RE = /^\s+(?:will|plan to|plans to|hope to|hopes to|are set to|is set to|intend to|intends to|aim to|aims to)\b/i;

// "The study", "the researchers", "published in": talk about one particular piece of work.
// "Two new studies", "both trials" count particular pieces of work too.
const SPECIFIC_RE =
  /\b(?:the|this|their) (?:new )?(?:study|trial|paper|findings|researchers|team|authors)\b|\bpublished (?:\w+ ){0,3}in\b|\b(?:two|three|both|the two|the three) (?:new |recent |separate )?(?:studies|trials|papers)\b/i;
// "Studies show", "some research suggests": talk about a body of work, as explainers and features do.
const COUNTED = String.raw`(?<!\b(?:[Tt]wo|[Tt]hree|[Bb]oth|new|recent|separate) )`;
const GENERIC_RE = new RegExp(
  String.raw`${COUNTED}\b(?:studies|research) (?:show|shows|have shown|suggest|suggests|find|found|indicate)\b|\b(?:some|many|other|several|recent|previous|earlier) (?:studies|research)\b|${COUNTED}\bstudies\b`,
  'i',
);

// Skips these regexes on sentences that hold none of their opening words.
const FILTER = new CueFilter([STUDY_TALK_RE, SPECIFIC_RE, GENERIC_RE]);
const STUDY_TALK = FILTER.index(STUDY_TALK_RE);
const SPECIFIC = FILTER.index(SPECIFIC_RE);
const GENERIC = FILTER.index(GENERIC_RE);

/** Weighted counts of specific and general research talk. */
export function researchFocus(sentences: Sentence[]): { specific: number; generic: number } {
  let specific = 0;
  let generic = 0;
  for (const s of sentences) {
    if (FILTER.testAt(SPECIFIC, s.text)) specific += s.weight;
    if (FILTER.testAt(GENERIC, s.text)) generic += s.weight;
  }
  return { specific, generic };
}

/** A story about studies in general rather than one study: an explainer or a feature. */
export function isSurveyOfStudies(focus: { specific: number; generic: number }, talk: number): boolean {
  return focus.generic >= 3 && focus.generic > 2 * focus.specific && talk < 10;
}

/** How much of the story talks about a particular piece of research; a page that is itself a paper is one. */
export function studyTalk(sentences: Sentence[], isPaper = false): number {
  let total = isPaper ? 3 * MIN_STUDY_TALK : 0;
  for (const s of sentences) {
    // A study the story says never happened ("hasn't been through a large trial") is no talk of one,
    // nor are people who only will do something ("engineers will test the instruments").
    for (let m = FILTER.execAt(STUDY_TALK, s.text); m; m = FILTER.execAt(STUDY_TALK, s.text, m.index + Math.max(1, m[0].length))) {
      if (!negatedBefore(s.text, m.index) && !ONLY_FUTURE_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) {
        total += s.weight;
        break;
      }
    }
  }
  return total;
}

export interface Decision {
  studyType: StudyType;
  confidence: number;
  runnerUp?: ScoredType;
}

// A long feature mentions experiments and trials in passing: past a news story's length, naming a type needs cues in proportion.
const MIN_SCORE_PER_SENTENCE = 0.05;

/**
 * The main study type, or none; confidence from the margin between the top two scores and the top's strength.
 * `sentences` is the story's length in sentences.
 */
export function decide(t: TypeScores, talk: number, general = false, sentences = 0): Decision {
  const [[top, topScore], [second, secondScore]] = ranked(t.scores);
  // A story that plainly reports a study needs fewer type cues to name its kind.
  const minScore = Math.max(talk >= 2 * MIN_STUDY_TALK ? MIN_SCORE / 2 : MIN_SCORE, MIN_SCORE_PER_SENTENCE * sentences);
  // Strong design cues mean a concrete study is described even amid talk of "studies".
  if (topScore < minScore || talk < MIN_STUDY_TALK || (general && topScore < 4 * MIN_SCORE)) {
    // Sure of "none" when nothing points at a study; less sure when something nearly did.
    const nearness = Math.max(topScore / (MIN_SCORE * 3), talk / (MIN_STUDY_TALK * 3));
    return { studyType: 'none', confidence: round(clamp(0.85 - 0.5 * nearness, 0.3, 0.85)), runnerUp: topScore > 0 ? top : undefined };
  }
  // A review pools trials or cohorts, so their words fill its story; a clear pooled design outranks them.
  const pooled = t.scores['meta-analysis'];
  if (top !== 'meta-analysis' && pooled >= POOLED_MIN && pooled >= 0.35 * topScore) {
    return { studyType: 'meta-analysis', confidence: round(clamp(0.3 + 0.4 * (pooled / topScore), 0.3, 0.8)), runnerUp: top };
  }
  const margin = (topScore - secondScore) / topScore;
  const strength = 1 - Math.exp(-topScore / 8);
  return { studyType: top, confidence: round(clamp(0.2 + 0.75 * margin * strength + 0.05 * strength, 0.1, 0.97)), runnerUp: second };
}

const HUMAN_WORDS_RE = /\b(?:people|patients|participants|adults|children|women|men|infants|volunteers|individuals)\b/i;

/** Subjects follow from the study type; pooled studies and reviews are on whom their sentences name. */
export function subjectsFor(type: StudyType, t: TypeScores, text: string): Subjects {
  switch (type) {
    case 'in-vitro':
      return 'cells';
    case 'animal':
      return 'animals';
    case 'human-trial':
    case 'observational':
    case 'case-report':
      return 'people';
    case 'meta-analysis':
    case 'review':
      if (t.scores.animal > t.scores['human-trial'] + t.scores.observational) return 'animals';
      return HUMAN_WORDS_RE.test(text) ? 'people' : 'none';
    default:
      return 'none';
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 100) / 100;
