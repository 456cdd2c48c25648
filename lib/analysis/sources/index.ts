import type { ExtractedArticle } from '../../extract/types';
import type { Source } from '../types';
import { linkSources, metadataSources, urlSource } from './documents';
import { companiesIn } from './companies';
import { institutionKey, institutionsIn } from './institutions';
import { calledAStudy } from './name-checks';
import { rankInstitutions } from './rank';
import { canonicalJournal, createJournalIndex, findJournalMentions, pageJournals, type JournalIndex } from './journals';
import { findPeople } from './researchers';
import { findRegistryIds } from './registry';
import { baseLanguage, paragraphSentences } from '../../text/sentences';
import { textCues } from './text-cues';
import { cleanDoi, doiFromUrl, doisInText, preprintServer, spacedDoisInText } from './doi';

const BARE_URL = /\bhttps?:\/\/[^\s<>"“”]+/g;

const KIND_ORDER: Source['kind'][] = ['journal', 'paper', 'preprint', 'press-release', 'registry', 'institution', 'researcher'];

/** A DOI's source: a preprint server's DOI names the server, any other is the paper. */
function doiSource(doi: string, evidence?: string): Source {
  const server = preprintServer(doi);
  const where = server ? { kind: 'preprint' as const, name: server } : { kind: 'paper' as const, url: `https://doi.org/${doi}` };
  return { ...where, doi, ...(evidence ? { evidence } : {}) };
}

function keyOf(s: Source, journals: JournalIndex): string {
  if (s.kind === 'institution' && s.name) return `institution ${institutionKey(s.name)}`;
  // "British Medical Journal" and "The BMJ", "… & Community Health" and "… and Community Health": one journal.
  if (s.kind === 'journal' && s.name) return `journal ${(canonicalJournal(journals, s.name) ?? s.name).toLowerCase().replace(/&/g, 'and').replace(/^the\s+/, '')}`;
  const id = s.doi ?? s.url ?? s.name ?? s.evidence ?? '';
  return `${s.kind} ${id.toLowerCase().replace(/^the\s+/, '')}`;
}

/** What the story cites: journals, papers, preprints, releases, registrations, institutions, researchers. */
export function findSources(article: ExtractedArticle, journals: JournalIndex = createJournalIndex()): Source[] {
  const sentences = paragraphSentences(article.paragraphs, article.lang);
  const out: Source[] = [];
  const seen = new Set<string>();
  const hasDoi = (doi: string) => out.some((o) => o.doi === doi);
  const push = (s: Source) => {
    // A release or preprint named in the text and linked too is one source: the link adds its URL.
    if (s.kind === 'press-release' || s.kind === 'preprint') {
      const sameName = (a?: string, b?: string) => !a || !b || a === b || a === 'bioRxiv or medRxiv' || b === 'bioRxiv or medRxiv';
      const same = out.find((o) => o.kind === s.kind && sameName(o.name, s.name) && (!o.url || !s.url || o.url === s.url) && (!o.doi || !s.doi || o.doi === s.doi));
      if (same) {
        if (!same.name || same.name === 'bioRxiv or medRxiv') same.name = s.name ?? same.name;
        same.url ??= s.url;
        same.doi ??= s.doi;
        return;
      }
    }
    const k = keyOf(s, journals);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(s);
  };

  const meta = metadataSources(article, journals);
  for (const s of meta) push(s);

  // The story's own journals: not an earlier study's, not one it says the work is not (yet) in or only sent to.
  // The headline too, as the research stage reads it ("…, Antiquity study finds"), but only where it cites the journal.
  const title = article.title.trim();
  const read = title ? [title, ...sentences] : sentences;
  const found = findJournalMentions(read, article.lang ?? undefined, journals, { headline: !!title });
  for (const j of found) {
    if (j.background || j.negated || j.submitted || (title && j.sentence === 0 && j.cue === 'named')) continue;
    push({ kind: 'journal', name: j.name, evidence: read[j.sentence] });
  }
  // The body's mentions, by their sentence in the body.
  const mentions = title ? found.filter((m) => m.sentence > 0).map((m) => ({ ...m, sentence: m.sentence - 1 })) : found;

  const linked = linkSources(article.links);
  for (const s of linked) push(s);
  // A link to the paper names its journal.
  for (const j of pageJournals(article, journals)) {
    if (j.from !== 'link' || out.some((o) => o.kind === 'journal' && o.name!.toLowerCase() === j.name.toLowerCase())) continue;
    const evidence = linked.find((s) => s.url === j.url)?.evidence;
    push({ kind: 'journal', name: j.name, ...(evidence ? { evidence } : {}) });
  }
  for (const s of sentences) {
    // Bare URLs written in the text count like links.
    if (s.includes('http')) for (const m of s.matchAll(BARE_URL)) {
      const src = urlSource(m[0].replace(/[.,;:)\]]+$/, ''), s);
      if (src && !(src.doi && hasDoi(src.doi))) push(src);
    }
    for (const doi of doisInText(s)) if (!hasDoi(doi)) push(doiSource(doi, s));
    for (const r of findRegistryIds(s)) push({ kind: 'registry', name: r.id, url: r.url, evidence: s });
  }
  for (const p of article.paragraphs)
    for (const doi of spacedDoisInText(p)) if (!hasDoi(doi)) push(doiSource(doi, p));
  // DOIs the page prints or links outside the article (a magazine's citation footer, a release's information box,
  // "Die Studie als PDF" in a box after it).
  const pageDois = [...(article.metadata.printedDois ?? []).map(cleanDoi), ...(article.metadata.doiLinks ?? []).map((href) => doiFromUrl(href))];
  for (const doi of pageDois) if (doi && !hasDoi(doi)) push(doiSource(doi));

  // Words inside a journal's name ("… and Science Translational Medicine") are not an institution.
  const inJournal = (k: number, a: number, b: number) => mentions.some((m) => m.sentence === k && a < m.end && m.start < b);
  const orgs = sentences.map((s, k) => institutionsIn(s).filter((o) => !inJournal(k, o.start, o.end)));
  const orgOf = new Map(sentences.map((s, i) => [s, orgs[i]]));
  for (const c of textCues(sentences, (s) => orgOf.get(s)?.[0]?.name)) push({ kind: c.kind, ...(c.name ? { name: c.name } : {}), evidence: c.evidence });

  // Every journal named, cited or not: its words are not an institution ("Pediatrics and Adolescent Medicine").
  const journalNames = new Set([...out.filter((s) => s.kind === 'journal').map((s) => s.name!), ...mentions.map((m) => sentences[m.sentence].slice(m.start, m.end))].map((n) => n.toLowerCase()));
  const people = findPeople(article, sentences, orgs);
  const affiliations = new Set(people.map((p) => p.affiliation && institutionKey(p.affiliation)).filter((k): k is string => !!k));
  // "Royal Society B" inside "Proceedings of the Royal Society B" is the journal speaking, not an institution the story cites.
  const journalList = [...journalNames];
  const count = (text: string, part: string) => {
    let n = 0;
    for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
    return n;
  };
  const lowerText = article.text.toLowerCase();
  const onlyInJournals = (name: string) => {
    const lower = name.toLowerCase();
    const holders = journalList.filter((j) => j !== lower && j.includes(lower));
    return holders.length > 0 && count(lowerText, lower) <= holders.reduce((n, j) => n + count(lowerText, j), 0);
  };
  // A name the story calls a study anywhere ("the X Initiative, a long-term study") is the study, not a place.
  const studies = new Map<string, boolean>();
  const isStudy = (name: string) => studies.get(name) ?? studies.set(name, calledAStudy(name, article.text)).get(name)!;
  const skip = (name: string) => journalNames.has(name.toLowerCase()) || !!canonicalJournal(journals, name) || onlyInJournals(name) || isStudy(name);
  const de = baseLanguage(article.lang) === 'de';
  // Companies known only by a cue ("the biotech firm X") join the ranking, not the researchers' affiliations.
  const withCompanies = orgs.map((list, i) => {
    const more = companiesIn(sentences[i], list, de);
    return more.length ? [...list, ...more].sort((a, b) => a.start - b.start) : list;
  });
  for (const s of rankInstitutions(sentences, withCompanies, { text: article.text, affiliations, skip })) push(s);

  // A company taken for a person ("the drugmaker Veltran Therapeutics said") is already listed as an organisation.
  const orgKeys = new Set(out.filter((o) => o.kind === 'institution').map((o) => institutionKey(o.name!)));
  for (const p of people) if (!orgKeys.has(institutionKey(p.name!))) push(p);

  // A one-word name ("Stanford", "Einstein") is the same place as a fuller name that contains it.
  const fuller = out.filter((s) => s.kind === 'institution' && /\s/.test(s.name!)).map((s) => ` ${s.name} `);
  for (let k = out.length - 1; k >= 0; k--) {
    const s = out[k];
    if (s.kind === 'institution' && !/\s/.test(s.name!) && fuller.some((f) => f.includes(` ${s.name} `))) out.splice(k, 1);
  }

  // Stable order by kind, so the popup and the JSON list the paper first.
  return out
    .map((s, i) => [s, i] as const)
    .sort((a, b) => KIND_ORDER.indexOf(a[0].kind) - KIND_ORDER.indexOf(b[0].kind) || a[1] - b[1])
    .map(([s]) => s)
    .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as Source);
}
