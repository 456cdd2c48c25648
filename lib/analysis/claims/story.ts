/** A story's claims: its headline and main-finding sentences, their strength, and whether they outrun the study. */
import type { ExtractedArticle } from '../../extract/types';
import { primaryLanguage } from '../../text/language';
import { splitSentences } from '../../text/sentences';
import type { Claim, ClaimWarning, Research } from '../types';
import type { ClaimClassifier } from './classifier';
import { claimFeatures } from './features';

// The main finding sits in the lede: look no further than this many opening sentences.
const LEDE_SENTENCES = 6;
const MAX_FINDINGS = 2;

const ANIMALS_OR_CELLS = /\b(lab|laboratory|dish|mini-brains?|neurons?|mice|mouse|rats?|rodents?|monkeys?|primates?|ferrets?|hamsters?|rabbits?|macaques?|pigs?|dogs?|cats?|zebrafish|fish|flies|fruit fl(y|ies)|worms?|yeast|animals?|cells?|cell lines?|tissues?|organoids?|lab dish(es)?|petri|in vitro|test tubes?|bacteria)\b/i;
const PEOPLE = /\b(people|persons?|humans?|patients?|wom[ae]n|m[ae]n|adults?|children|kids?|babies|infants?|teens?|teenagers?|mothers?|fathers?|parents?|elderly|older adults|smokers|drinkers|you|your|americans|britons|volunteers|participants)\b/i;

// A sentence about what a study can or cannot show ("cannot show cause and effect") is a caveat, not a finding.
const ABOUT_CAUSATION = /\b(cause and effect|causation|causal|prove[sn]?)\b/i;

/** The strongest relation a sentence states: 0 none, 1 only negated ones, 2-6 a link up to a cause (features.ts). */
function relationRank(text: string): number {
  const f = claimFeatures(text).find((x) => x.startsWith('strongest:'));
  return f ? Number(f.slice('strongest:'.length)) : 0;
}

// A name of two or more capitalised words after a lower-case word ("the Causes of Regional Differences in Stroke
// project"): its words name a thing, they state nothing. A sentence written all in capitals (a subhead) keeps its words.
const INNER_NAME = /(?<=\b[a-z][\w'’-]*\s+)[A-Z][\w'’-]*(?:\s+(?:(?:of|in|on|and|for|the|to|&)\s+)*[A-Z][\w'’-]*)+/g;

/** A sentence that states some relation (a cause, a link, a comparison): the candidates for the main finding. */
function statesRelation(text: string): boolean {
  return relationRank(text.replace(INNER_NAME, 'Name')) >= 2 && !ABOUT_CAUSATION.test(text);
}

// "Did not cut output" is causal language, but a finding of no effect is not the overreach the warning is about.
// A warning accuses the story: make it only when the model is clearly sure of the strength (topic headlines with a
// causal-sounding verb, "unprepared to treat long Covid", get 0.5-0.65; the fixtures' real causal claims 0.74 and up).
const WARN_MIN_PROBABILITY = 0.7;
const claimsEffect = (c: Claim) => c.probability >= WARN_MIN_PROBABILITY && relationRank(c.text) !== 1;

/** The headline, then the first one or two lede sentences that state a relation. */
export function claimSentences(article: Pick<ExtractedArticle, 'title' | 'paragraphs'>): { text: string; part: Claim['part'] }[] {
  const out: { text: string; part: Claim['part'] }[] = [];
  const title = article.title.trim();
  if (title) out.push({ text: title, part: 'headline' });
  const lede: string[] = [];
  for (const p of article.paragraphs) {
    for (const s of splitSentences(p)) if (s.length > 20) lede.push(s);
    if (lede.length >= LEDE_SENTENCES) break;
  }
  for (const s of lede.slice(0, LEDE_SENTENCES)) {
    if (out.length > MAX_FINDINGS) break;
    if (s !== title && statesRelation(s)) out.push({ text: s, part: 'finding' });
  }
  return out;
}

/** The first claim that says more than the study's design can show, or undefined when they fit. */
export function claimWarningFor(claims: Claim[], research: Pick<Research, 'studyType' | 'subjects' | 'sure'>): ClaimWarning | undefined {
  // A warning rests on the study's design: where Caveat is not sure of it, it says that instead.
  if (research.sure === false) return undefined;
  if (research.studyType === 'observational') {
    const causal = claims.find((c) => c.strength === 'causal' && claimsEffect(c));
    if (causal) return { kind: 'causal-from-observational', text: causal.text };
  }
  if (research.subjects === 'animals' || research.subjects === 'cells') {
    // A claim about people: it names people, or claims a cause without saying the study was in animals or cells.
    const aboutPeople = claims.find(
      (c) =>
        (c.strength === 'causal' || c.strength === 'conditional') &&
        claimsEffect(c) &&
        !ANIMALS_OR_CELLS.test(c.text) &&
        (PEOPLE.test(c.text) || (c.part === 'headline' && c.strength === 'causal')),
    );
    if (aboutPeople) return { kind: 'people-from-animals-or-cells', text: aboutPeople.text };
  }
  return undefined;
}

/**
 * The story's claims and the warning, if any. The classifier learnt English sentences: a story in another
 * language (the page's `lang`, or its words where the page says nothing) gets no claims rather than a guess.
 */
export function analyzeClaims(
  article: Pick<ExtractedArticle, 'title' | 'paragraphs' | 'lang'>,
  research: Pick<Research, 'studyType' | 'subjects'>,
  classifier: ClaimClassifier,
): { claims: Claim[]; claimWarning?: ClaimWarning } {
  if (article.lang && primaryLanguage(article.lang) !== 'en') return { claims: [] };
  const claims = claimSentences(article).map(({ text, part }) => ({ text, ...classifier.classify(text), part }));
  const claimWarning = claimWarningFor(claims, research);
  return claimWarning ? { claims, claimWarning } : { claims };
}
