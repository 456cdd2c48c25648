/**
 * The one check every story passes on its way in and out: save, export and import all run it, so what is saved
 * can always be exported and what is exported always imports, identical. Limits cut or drop a field; only data
 * of the wrong kind (or a story with no web address at all) is refused, by a StoryDataError naming the value.
 */
import { CLAIM_STRENGTHS } from '../analysis/claims/strengths';
import { HIGHLIGHT_COLORS, HIGHLIGHT_LIMITS as HL, type Highlight } from '../highlights/types';
import { CLAIM_WARNING_KINDS, PEER_REVIEW, SOURCE_KINDS, STUDY_TYPES, SUBJECTS, type Analysis } from '../analysis/types';
import { OPEN_COPY_NOTES, PAPER_UPDATE_KINDS, type PaperCheck } from '../paper/types';
import { normalizeTags } from './bulk';
import { arrayOf, bool, cutText, fail, nullable, num, obj, oneOf, str, webUrlOrUndefined, type Check } from './checks';
import { fromBackupStory, toBackupStory, type BackupStory } from './export-json';
import { paragraphsToHtml } from './sanitize';
import type { StoryData } from './schema';
import { canonicalUrl } from './url';

export const LIMITS = { url: 8_192, title: 2_000, text: 2_000_000, contentHtml: 5_000_000, notes: 100_000, tags: 200, tag: 64, analysisText: 20_000 } as const;

const TEXT = str(LIMITS.analysisText);
const optText: [Check<unknown>, 'optional'] = [TEXT, 'optional'];
/** A link in the analysis: kept when it is a web address, dropped (not the story) when it is not. */
const optLink: [Check<unknown>, 'optional'] = [(v) => webUrlOrUndefined(v, 4_096), 'optional'];

const analysisCheck = obj({
  url: [str(LIMITS.url)],
  article: [obj({
    title: [str(LIMITS.title)], byline: [nullable(str(1_000))], siteName: [nullable(str(500))], publishedTime: [nullable(str(100))],
    lang: [nullable(str(35))], excerpt: [nullable(str(10_000))], wordCount: [num(0, 100_000_000, true)], readingMinutes: [num(0, 1_000_000)],
  }, 'json')],
  research: [obj({
    studyType: [oneOf(STUDY_TYPES)], subjects: [oneOf(SUBJECTS)], humanPhase: [nullable(num(1, 4, true))], peerReview: [oneOf(PEER_REVIEW)],
    confidence: [num(0, 1)], evidence: [arrayOf(obj({ label: [str(100)], text: [TEXT] }, 'json'))], caveats: [arrayOf(TEXT)],
    otherStudies: [arrayOf(obj({ studyType: [oneOf(STUDY_TYPES)], text: [TEXT] }, 'json')), 'optional'], journal: [str(500), 'optional'], retracted: [bool, 'optional'],
    sure: [bool, 'optional'], alternatives: [arrayOf(obj({ studyType: [oneOf(STUDY_TYPES)], probability: [num(0, 1)] }, 'json')), 'optional'],
  }, 'json')],
  sources: [arrayOf(obj({ kind: [oneOf(SOURCE_KINDS)], name: optText, url: optLink, doi: [str(500), 'optional'], evidence: optText, role: optText, affiliation: optText }, 'json'))],
  glossary: [arrayOf(obj({ term: [str(500)], definition: [TEXT], matched: [arrayOf(str(500))], count: [num(0, 1_000_000_000, true)], field: [str(100), 'optional'], seeAlso: [arrayOf(str(500)), 'optional'] }, 'json'))],
  // Stories saved before claims were read have neither field.
  claims: [arrayOf(obj({ text: [TEXT], strength: [oneOf(CLAIM_STRENGTHS)], probability: [num(0, 1)], part: [oneOf(['headline', 'finding'] as const)] }, 'json')), 'optional'],
  claimWarning: [obj({ kind: [oneOf(CLAIM_WARNING_KINDS)], text: [TEXT] }, 'json'), 'optional'],
}, 'json') as unknown as Check<Analysis>;

// The same range toISOString writes with four digits, so a date always reads back.
const isoDate: Check<string> = (v, path) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(v) || !Number.isFinite(Date.parse(v))) fail('Expected an ISO 8601 UTC date', path);
  return new Date(v).toISOString();
};

// Whole, however long: an address or markup cut anywhere would be a different one (fitUrl and fitHtml decide).
const anyText: Check<string> = (v, path) => (typeof v === 'string' ? v : fail('Expected text', path));

// A highlight from a file: its words are needed to find it again, so an empty one is refused; the rest is cut to size.
const quoteText: Check<string> = (v, path) => {
  const exact = str(HL.exact)(v, path);
  return exact.trim() ? exact : fail('Expected the highlighted words', path);
};
const highlightCheck = obj({
  id: [str(HL.id)], exact: [quoteText], prefix: [str(HL.context)], suffix: [str(HL.context)], start: [num(0, LIMITS.text, true)],
  note: [str(HL.note)], color: [oneOf(HIGHLIGHT_COLORS)], createdAt: [num(0, 8.64e15, true)],
}) as unknown as Check<Highlight>;

/** Highlights as kept: at most HL.count, ids unique (a repeated id would make one of them impossible to edit). */
function fitHighlights(list: Highlight[] | undefined): Highlight[] {
  const seen = new Set<string>();
  return (list ?? []).filter((h) => !seen.has(h.id) && !!seen.add(h.id)).slice(0, HL.count);
}

const optStr = (max: number): [Check<unknown>, 'optional'] => [str(max), 'optional'];

const openCopyShape = obj({ url: [anyText], pdf: [bool], host: optStr(30), version: optStr(30), license: optStr(60) });
/** An open copy is kept only when its link is a web address (a backup could carry any other). */
const openCopyCheck: Check<unknown> = (v, path) => {
  const copy = openCopyShape(v, path);
  return webUrlOrUndefined(copy.url, 4_096) ? copy : undefined;
};

/** The paper check a story carries (lib/paper/types.ts): what Crossref and Unpaywall said, and when. */
const paperCheck = obj({
  doi: [str(300)], checkedAt: [isoDate], found: [bool],
  title: optStr(2_000), authors: [arrayOf(str(300), 20), 'optional'], journal: optStr(500), publisher: optStr(500), published: optStr(10),
  type: optStr(60), preprint: [bool, 'optional'],
  updates: [arrayOf(obj({ kind: [oneOf(PAPER_UPDATE_KINDS)], date: optStr(10), noticeDoi: optStr(300), source: optStr(50) }), 20)],
  publishedVersion: [obj({ doi: [str(300)], journal: optStr(500), title: optStr(2_000), published: optStr(10) }), 'optional'],
  preprints: [arrayOf(str(300), 10), 'optional'], openCopy: [openCopyCheck, 'optional'], openCopyNote: [oneOf(OPEN_COPY_NOTES), 'optional'],
  matchedBy: [oneOf(['doi', 'reader'] as const), 'optional'],
}) as unknown as Check<PaperCheck>;

const storyShape = obj({
  url: [anyText], title: [str(LIMITS.title)], byline: [nullable(str(1_000))], siteName: [nullable(str(500))], publishedTime: [nullable(str(100))],
  lang: [nullable(str(35))], excerpt: [nullable(str(10_000))], savedAt: [isoDate], updatedAt: [isoDate], read: [bool],
  tags: [arrayOf(str(1_000), 10_000)], notes: [str(LIMITS.notes)], wordCount: [num(0, 100_000_000, true)], text: [str(LIMITS.text)],
  contentHtml: [anyText], analysis: [analysisCheck], paper: [paperCheck, 'optional'],
  // Backups written before highlights existed have none.
  highlights: [arrayOf(highlightCheck, HL.count * 2), 'optional'],
}) as unknown as Check<BackupStory>;

const INLINE_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*["']?\s*data:[^>]*>/gi;

/** Markup over its limit loses its inline images first, then its formatting (the text as paragraphs), never the story. */
function fitHtml(html: string, text: string): string {
  if (html.length <= LIMITS.contentHtml) return html;
  const lighter = html.replace(INLINE_IMAGE, '');
  if (lighter.length <= LIMITS.contentHtml) return lighter;
  return cutText(paragraphsToHtml(text.split(/\n\s*\n/).filter((p) => p.trim())), LIMITS.contentHtml);
}

/** The story's address: its own when it is a web address, else the page it was read from (analysis.url). */
function fitUrl(story: BackupStory, path: string): string {
  const url = webUrlOrUndefined(story.url, Infinity) ?? webUrlOrUndefined(story.analysis.url, Infinity);
  if (!url) fail('Expected an http(s) address', `${path}.url`);
  const canonical = canonicalUrl(url);
  if (canonical.length > LIMITS.url) fail(`Address longer than ${LIMITS.url} characters`, `${path}.url`);
  return canonical;
}

/** A backup story (any JSON) → the story as Caveat keeps it, or a StoryDataError. */
export function checkBackupStory(value: unknown, path = '$'): BackupStory {
  const story = storyShape(value, path);
  return {
    ...story,
    url: fitUrl(story, path),
    tags: normalizeTags(story.tags).slice(0, LIMITS.tags),
    contentHtml: fitHtml(story.contentHtml, story.text),
    highlights: fitHighlights(story.highlights),
  };
}

/** A story about to be stored or exported, within every limit (see checkBackupStory). */
export function fitStory(data: StoryData): StoryData {
  return fromBackupStory(checkBackupStory(toBackupStory(data)));
}
