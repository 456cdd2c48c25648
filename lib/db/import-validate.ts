/** Strict checks for Caveat JSON backups: every value typed and bounded, rebuilt into fresh objects. */
import { CLAIM_WARNING_KINDS, PEER_REVIEW, SOURCE_KINDS, STUDY_TYPES, SUBJECTS, type Analysis } from '../analysis/types';
import { CLAIM_STRENGTHS } from '../analysis/claims/strengths';
import { ImportError } from './errors';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupStory } from './export-json';

/** Largest file accepted (characters); a real 10,000-story backup is well under this. */
export const MAX_IMPORT_CHARS = 200_000_000;
export const MAX_IMPORT_STORIES = 50_000;
const MAX_ARRAY = 5_000;
const MAX_DEPTH = 12;

// Keys that could reach an object's prototype if the data were ever merged into an object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Check<T> = (value: unknown, path: string) => T;

function fail(message: string, path: string): never {
  throw new ImportError(message, path);
}

const str =
  (max: number): Check<string> =>
  (v, path) => {
    if (typeof v !== 'string') fail('Expected text', path);
    if (v.length > max) fail(`Text longer than ${max} characters`, path);
    return v;
  };

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

const num =
  (min: number, max: number, integer = false): Check<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) fail(`Expected a number from ${min} to ${max}`, path);
    return v;
  };

const bool: Check<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail('Expected true or false', path));

const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, path) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : fail(`Expected one of ${values.join(', ')}`, path);

const arrayOf =
  <T>(check: Check<T>, max = MAX_ARRAY): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) fail('Expected a list', path);
    if (v.length > max) fail(`List longer than ${max} items`, path);
    return v.map((item, i) => check(item, `${path}[${i}]`));
  };

const isoDate: Check<string> = (v, path) => {
  const s = str(40)(v, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s) || !Number.isFinite(Date.parse(s))) fail('Expected an ISO 8601 UTC date', path);
  return s;
};

const webUrl: Check<string> = (v, path) => {
  const s = str(4_096)(v, path);
  let protocol = '';
  try {
    protocol = new URL(s).protocol;
  } catch {
    fail('Expected a URL', path);
  }
  if (protocol !== 'https:' && protocol !== 'http:') fail('Expected an http(s) URL', path);
  return s;
};

/** Any JSON value, bounded in depth: for fields the analysis may gain in later versions. */
const json: Check<unknown> = (v, path) => {
  const walk = (x: unknown, p: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('Nested too deeply', p);
    if (x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) return x;
    if (Array.isArray(x)) return arrayOf((y, q) => walk(y, q, depth + 1))(x, p);
    if (typeof x === 'object') return obj({}, 'json')(x, p);
    return fail('Unexpected value', p);
  };
  return walk(v, path, 0);
};

type Shape = Record<string, [check: Check<unknown>, optional?: 'optional']>;

/** An object with exactly the known keys (extras rejected, or kept as bounded JSON where the contract may grow). */
function obj(shape: Shape, extra: 'reject' | 'json' = 'reject'): Check<Record<string, unknown>> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('Expected an object', path);
    const out: Record<string, unknown> = {};
    // Input key order is kept so that an export, imported and exported again, is byte-identical.
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) fail(`Forbidden key "${key}"`, path);
      const value = (v as Record<string, unknown>)[key];
      if (Object.prototype.hasOwnProperty.call(shape, key)) {
        out[key] = shape[key][0](value, `${path}.${key}`);
        continue;
      }
      if (extra === 'reject') fail(`Unknown key "${key}"`, path);
      if (key.length > 100 || Object.keys(out).length > 200) fail('Too many or too long keys', path);
      out[key] = json(value, `${path}.${key}`);
    }
    for (const [key, [, optional]] of Object.entries(shape)) {
      if (!optional && !Object.prototype.hasOwnProperty.call(out, key)) fail(`Missing "${key}"`, path);
    }
    return out;
  };
}

const TEXT = str(20_000);
const optText: [Check<unknown>, 'optional'] = [TEXT, 'optional'];

const analysisCheck = obj({
  url: [str(4_096)],
  article: [obj({
    title: [str(2_000)], byline: [nullable(str(1_000))], siteName: [nullable(str(500))], publishedTime: [nullable(str(100))],
    lang: [nullable(str(35))], excerpt: [nullable(str(10_000))], wordCount: [num(0, 10_000_000, true)], readingMinutes: [num(0, 100_000)],
  }, 'json')],
  research: [obj({
    studyType: [oneOf(STUDY_TYPES)], subjects: [oneOf(SUBJECTS)], humanPhase: [nullable(num(1, 4, true))], peerReview: [oneOf(PEER_REVIEW)],
    confidence: [num(0, 1)], evidence: [arrayOf(obj({ label: [str(100)], text: [TEXT] }, 'json'))], caveats: [arrayOf(TEXT)],
    otherStudies: [arrayOf(obj({ studyType: [oneOf(STUDY_TYPES)], text: [TEXT] }, 'json')), 'optional'], journal: [str(500), 'optional'], retracted: [bool, 'optional'],
  }, 'json')],
  sources: [arrayOf(obj({ kind: [oneOf(SOURCE_KINDS)], name: optText, url: [str(4_096), 'optional'], doi: [str(500), 'optional'], evidence: optText, role: optText, affiliation: optText }, 'json'))],
  glossary: [arrayOf(obj({ term: [str(500)], definition: [TEXT], matched: [arrayOf(str(500))], count: [num(0, 1_000_000, true)], field: [str(100), 'optional'], seeAlso: [arrayOf(str(500)), 'optional'] }, 'json'))],
  // Backups made before claims were read have neither field.
  claims: [arrayOf(obj({ text: [TEXT], strength: [oneOf(CLAIM_STRENGTHS)], probability: [num(0, 1)], part: [oneOf(['headline', 'finding'] as const)] }, 'json')), 'optional'],
  claimWarning: [obj({ kind: [oneOf(CLAIM_WARNING_KINDS)], text: [TEXT] }, 'json'), 'optional'],
}, 'json') as unknown as Check<Analysis>;

const storyCheck = obj({
  url: [webUrl], title: [str(2_000)], byline: [nullable(str(1_000))], siteName: [nullable(str(500))], publishedTime: [nullable(str(100))],
  lang: [nullable(str(35))], excerpt: [nullable(str(10_000))], savedAt: [isoDate], updatedAt: [isoDate], read: [bool],
  tags: [arrayOf(str(64), 200)], notes: [str(100_000)], wordCount: [num(0, 10_000_000, true)], text: [str(2_000_000)],
  contentHtml: [str(5_000_000)], analysis: [analysisCheck],
}) as unknown as Check<BackupStory>;

/** Parses and checks a backup file; throws ImportError naming the first problem. */
export function parseBackup(text: string): BackupStory[] {
  if (typeof text !== 'string') fail('Expected the text of a file', '');
  if (text.length > MAX_IMPORT_CHARS) fail('The file is too large to be a Caveat backup', '');
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`Forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    fail('The file is not valid JSON', '');
  }
  const head = data as Record<string, unknown> | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== BACKUP_FORMAT) fail('Not a Caveat reading-list backup', '');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) fail('This backup was made by a newer version of Caveat', 'version');
  const top = obj({ format: [str(100)], version: [num(1, BACKUP_VERSION, true)], exportedAt: [isoDate], stories: [arrayOf(storyCheck, MAX_IMPORT_STORIES)] })(data, '$');
  return top.stories as BackupStory[];
}
