/**
 * Crossref's answers (api.crossref.org/works/{doi} and /works?query…) read into plain data. The JSON comes from the
 * network: every field is checked for its kind and cut to a sane length, and nothing else is kept.
 */
import type { PaperCandidate, PaperCheck, PaperUpdate, PaperUpdateKind } from './types';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Text without markup (Crossref titles carry <i>, <sub>, MathML), spaces collapsed, cut. */
export function plain(v: unknown, max = 500): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().slice(0, max);
  return text || undefined;
}

const first = (v: unknown, max?: number) => plain(list(v).find((x) => typeof x === 'string' && x.trim()), max);

/** A DOI as the analysis writes them (lower case, no resolver prefix), or undefined when it is none. */
export function normalDoi(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const doi = v.trim().replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '').toLowerCase();
  return /^10\.\d{4,9}\/\S{1,300}$/.test(doi) ? doi : undefined;
}

/** Crossref's {date-parts: [[2024, 5, 3]]} → '2024-05-03' (or '2024-05', '2024'). */
export function crossrefDate(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  const parts = list(list(v['date-parts'])[0]).filter((n): n is number => typeof n === 'number' && Number.isInteger(n));
  const [y, m, d] = parts;
  if (!y || y < 1000 || y > 9999) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!m || m < 1 || m > 12) return String(y);
  return !d || d < 1 || d > 31 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

// Crossmark's update types, and the Retraction Watch ones Crossref now carries, sorted into what a reader needs.
const UPDATE_KINDS: Record<string, PaperUpdateKind> = {
  retraction: 'retraction',
  partial_retraction: 'retraction',
  withdrawal: 'retraction',
  removal: 'retraction',
  expression_of_concern: 'expression-of-concern',
  correction: 'correction',
  corrigendum: 'correction',
  erratum: 'correction',
  addendum: 'correction',
  clarification: 'correction',
};

function updateOf(v: unknown): PaperUpdate | null {
  if (!isObj(v) || typeof v.type !== 'string') return null;
  const kind = UPDATE_KINDS[v.type.toLowerCase().replace(/[\s-]+/g, '_')];
  if (!kind) return null;
  const date = crossrefDate(v.updated);
  const noticeDoi = normalDoi(v.DOI);
  const source = plain(v.source, 50);
  return { kind, ...(date ? { date } : {}), ...(noticeDoi ? { noticeDoi } : {}), ...(source ? { source } : {}) };
}

/**
 * The notices about a paper: its updated-by list, and update-to entries that point at the paper itself (an update
 * made in place). A notice the publisher and Retraction Watch both report is listed once, the publisher's kept.
 */
export function paperUpdates(work: Json, doi: string): PaperUpdate[] {
  const own = list(work['update-to']).filter((u) => isObj(u) && normalDoi(u.DOI) === doi);
  const all = [...list(work['updated-by']), ...own].map(updateOf).filter((u): u is PaperUpdate => u !== null);
  const byNotice = new Map<string, PaperUpdate>();
  for (const u of all) {
    const key = `${u.kind} ${u.noticeDoi ?? u.date ?? ''}`;
    const seen = byNotice.get(key);
    if (!seen || (seen.source !== 'publisher' && u.source === 'publisher')) byNotice.set(key, u);
  }
  return [...byNotice.values()].slice(0, 20);
}

/** DOIs a relation lists (relation: {"is-preprint-of": [{"id-type": "doi", "id": …}]}). */
function related(work: Json, name: string): string[] {
  const relation = isObj(work.relation) ? work.relation : {};
  const dois = list(relation[name]).map((r) => (isObj(r) && (r['id-type'] === undefined || r['id-type'] === 'doi') ? normalDoi(r.id) : undefined));
  return [...new Set(dois.filter((d): d is string => !!d))].slice(0, 10);
}

function authorsOf(work: Json, max = 10): string[] | undefined {
  const names = list(work.author)
    .map((a) => (isObj(a) ? plain([a.given, a.family].filter((x) => typeof x === 'string').join(' '), 200) ?? plain(a.name, 200) : undefined))
    .filter((n): n is string => !!n);
  return names.length ? names.slice(0, max) : undefined;
}

const publishedOf = (work: Json) =>
  crossrefDate(work.published) ?? crossrefDate(work['published-online']) ?? crossrefDate(work['published-print']) ?? crossrefDate(work.issued) ?? crossrefDate(work.posted);

/** Crossref's work record (the `message` of /works/{doi}) → what the check keeps of it, for the DOI asked about. */
export function readWork(work: unknown, doi: string): Omit<PaperCheck, 'checkedAt' | 'doi' | 'found'> {
  if (!isObj(work)) return { updates: [] };
  const type = plain(work.type, 60);
  const preprint = type === 'posted-content' && (work.subtype === undefined || work.subtype === 'preprint');
  const publishedAs = related(work, 'is-preprint-of')[0];
  const preprints = related(work, 'has-preprint');
  const out: Omit<PaperCheck, 'checkedAt' | 'doi' | 'found'> = { updates: paperUpdates(work, doi) };
  const title = first(work.title);
  const authors = authorsOf(work);
  const journal = first(work['container-title']);
  const publisher = plain(work.publisher, 300);
  const published = publishedOf(work);
  if (title) out.title = title;
  if (authors) out.authors = authors;
  // A preprint server's name is no journal (Crossref lists some under container-title, or under institution).
  if (journal && !preprint) out.journal = journal;
  if (publisher) out.publisher = publisher;
  if (published) out.published = published;
  if (type) out.type = type;
  if (preprint) out.preprint = true;
  if (publishedAs) out.publishedVersion = { doi: publishedAs };
  if (preprints.length) out.preprints = preprints;
  return out;
}

/** The `message` of a Crossref answer, or null when the answer is not shaped like one. */
export function crossrefMessage(body: unknown): unknown {
  return isObj(body) && body.status === 'ok' && 'message' in body ? body.message : null;
}

/** The items of a /works?query… answer → candidates (at most `max`, only those with a DOI). */
export function readCandidates(message: unknown, max = 5): PaperCandidate[] {
  const items = isObj(message) ? list(message.items) : [];
  const out: PaperCandidate[] = [];
  for (const item of items) {
    if (!isObj(item)) continue;
    const doi = normalDoi(item.DOI);
    if (!doi || out.some((c) => c.doi === doi)) continue;
    const title = first(item.title);
    const journal = first(item['container-title']);
    const authors = authorsOf(item, 3);
    const published = publishedOf(item);
    const type = plain(item.type, 60);
    out.push({ doi, ...(title ? { title } : {}), ...(journal ? { journal } : {}), ...(authors ? { authors } : {}), ...(published ? { published } : {}), ...(type ? { type } : {}) });
    if (out.length >= max) break;
  }
  return out;
}
