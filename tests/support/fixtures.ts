import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../../lib/analysis';
import { analyzeHtml } from '../../lib/cli/load';
import { ALL_ENTRIES, createGlossaryMatcher, type GlossaryMatcher } from '../../lib/glossary';
import type { Analysis, Source, StudyType } from '../../lib/analysis/types';
import { primaryLanguage } from '../../lib/text/language';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/**
 * What a fixture expects, written by hand: only the keys present are checked.
 * - research: scalar fields exact; `caveats` / `evidence` list substrings that must each appear in some item;
 *   `caveatsAbsent` substrings that must appear in no caveat.
 * - sources: partial objects that must each match a source (every given field equal, names case-insensitive).
 * - sourcesAbsent: partial objects that must match no source.
 * - glossary / glossaryAbsent: headwords that must (not) be found.
 * - headlineStrength: the headline claim's strength; claimWarning: the warning's kind, or null for none.
 */
export interface Expected {
  url: string;
  notArticle?: boolean;
  research?: {
    studyType?: string;
    subjects?: string;
    humanPhase?: number | null;
    peerReview?: string;
    /** The journal research names for the study (`research.journal`). */
    journal?: string;
    /** Whether the story says the study was retracted (`research.retracted`, absent when not). */
    retracted?: boolean;
    /** Whether Caveat is sure of the study type (`research.sure`); false where the story does not say its design. */
    sure?: boolean;
    minConfidence?: number;
    caveats?: string[];
    caveatsAbsent?: string[];
    evidence?: string[];
    otherStudies?: string[];
    /** Every study a story of several reports, whichever is taken as the main one: the main type and `otherStudies` together. */
    studies?: string[];
  };
  sources?: Partial<Source>[];
  sourcesAbsent?: Partial<Source>[];
  noSources?: boolean;
  glossary?: string[];
  glossaryAbsent?: string[];
  headlineStrength?: string;
  claimWarning?: string | null;
  /** The story's language as the analysis read it (`article.lang`, compared by its base: "de" matches "de-CH"). */
  lang?: string;
  /** No claims read at all (a story in a language the claim model does not know). */
  noClaims?: boolean;
}

export interface Fixture {
  slug: string;
  html: string;
  expected: Expected;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'expected.json')))
    .map((d) => ({
      slug: d.name,
      html: readFileSync(join(FIXTURES_DIR, d.name, 'page.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURES_DIR, d.name, 'expected.json'), 'utf8')) as Expected,
    }));
}

const eq = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

export function sourceMatches(actual: Source, want: Partial<Source>): boolean {
  return Object.entries(want).every(([k, v]) => eq(actual[k as keyof Source], v));
}

/** Every way the analysis falls short of the fixture, as readable lines (empty: it passes). */
export function compare(expected: Expected, analysis: Analysis | null): string[] {
  const problems: string[] = [];
  if (expected.notArticle) return analysis ? ['expected "not an article"'] : [];
  if (!analysis) return ['extraction failed'];
  const r = expected.research;
  if (r) {
    if (r.retracted !== undefined && (analysis.research.retracted ?? false) !== r.retracted)
      problems.push(`research.retracted: expected ${r.retracted}, got ${analysis.research.retracted ?? false}`);
    for (const key of ['studyType', 'subjects', 'humanPhase', 'peerReview', 'journal', 'sure'] as const) {
      if (key in r && r[key] !== analysis.research[key]) problems.push(`research.${key}: got ${analysis.research[key]}, want ${r[key]}`);
    }
    if (r.minConfidence !== undefined && analysis.research.confidence < r.minConfidence)
      problems.push(`research.confidence ${analysis.research.confidence} < ${r.minConfidence}`);
    for (const c of r.caveats ?? [])
      if (!analysis.research.caveats.some((x) => x.includes(c))) problems.push(`research.caveats: missing “${c}”`);
    for (const c of r.caveatsAbsent ?? [])
      if (analysis.research.caveats.some((x) => x.includes(c))) problems.push(`research.caveats: unexpected “${c}”`);
    for (const e of r.evidence ?? [])
      if (!analysis.research.evidence.some((x) => x.text.includes(e))) problems.push(`research.evidence: missing “${e}”`);
    for (const o of r.otherStudies ?? [])
      if (!(analysis.research.otherStudies ?? []).some((x) => x.studyType === o)) problems.push(`research.otherStudies: missing ${o}`);
    const reported = [analysis.research.studyType, ...(analysis.research.otherStudies ?? []).map((x) => x.studyType)];
    for (const s of r.studies ?? []) if (!reported.includes(s as StudyType)) problems.push(`research: study ${s} not reported`);
  }
  for (const want of expected.sources ?? [])
    if (!analysis.sources.some((s) => sourceMatches(s, want))) problems.push(`sources: missing ${JSON.stringify(want)}`);
  for (const bad of expected.sourcesAbsent ?? [])
    if (analysis.sources.some((s) => sourceMatches(s, bad))) problems.push(`sources: unexpected ${JSON.stringify(bad)}`);
  if (expected.noSources && analysis.sources.length) problems.push(`sources: expected none, got ${analysis.sources.length}`);
  const terms = new Set(analysis.glossary.map((g) => g.term.toLowerCase()));
  for (const term of expected.glossary ?? []) if (!terms.has(term.toLowerCase())) problems.push(`glossary: missing ${term}`);
  for (const term of expected.glossaryAbsent ?? []) if (terms.has(term.toLowerCase())) problems.push(`glossary: unexpected ${term}`);
  if (expected.lang !== undefined && primaryLanguage(analysis.article.lang) !== expected.lang)
    problems.push(`article.lang: got ${analysis.article.lang}, want ${expected.lang}`);
  if (expected.noClaims && analysis.claims.length) problems.push(`claims: expected none, got ${analysis.claims.length}`);
  const headline = analysis.claims.find((c) => c.part === 'headline');
  if (expected.headlineStrength !== undefined && headline?.strength !== expected.headlineStrength)
    problems.push(`claims: headline strength ${headline?.strength}, want ${expected.headlineStrength}`);
  if (expected.claimWarning !== undefined && (analysis.claimWarning?.kind ?? null) !== expected.claimWarning)
    problems.push(`claimWarning: got ${analysis.claimWarning?.kind ?? null}, want ${expected.claimWarning}`);
  return problems;
}

export function runFixture(f: Fixture, analyzer: Analyzer = createAnalyzer()): { analysis: Analysis | null; problems: string[] } {
  const outcome = analyzeHtml(f.html, f.expected.url, analyzer);
  const analysis = outcome.ok ? outcome.analysis : null;
  return { analysis, problems: compare(f.expected, analysis) };
}
