import type { ExtractedArticle } from '../../extract/types';
import type { Source } from '../types';
import type { InstitutionMention } from './institutions';
import { baseLanguage } from '../../text/sentences';
import { namesIn, peopleIn, surnamesIn, type NameScans, type PersonMention } from './people';

// English and German: "study", "Studie", "Messungen", "Ergebnisse".
const RESEARCH_WORDS = /\b(?:stud(?:y|ies)|research\w*|scientists?|findings|data|trial|experiments?|paper|lab(?:oratory)?|professor|evidence|results|Studien?|Forsch\w*|Wissenschaftl\w*|Daten|Ergebniss?e?|Befunde?|Experimente?|Versuch\w*|Labors?|Messung\w*|Untersuchung\w*|Analysen?|Professor\w*)\b/i;

/** Past this many, only researchers with a role or a title of their own are kept; list members go first. */
const MAX_RESEARCHERS = 10;
const HARD_MAX = 12;
/** A sentence naming this many people is a list of contributors, not a portrait of one. */
const LIST_SIZE = 4;
// Names in a disclosure or funding line are there for the paperwork, not the science.
const DISCLOSURE = /\b(?:disclosures?|conflicts? of interest|competing interests?|funded by|supported by)\b/i;

// "Ms Nolan" is Nolan: a courtesy title is no first name.
const tokens = (name: string) => name.replace(/^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?\s+(?=\S)/, '').replace(/\./g, '').split(/\s+/).filter(Boolean);
// "Luís" and "Luis" are one surname: accents dropped for matching only.
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const last = (name: string) => fold(tokens(name).at(-1)!);
const first = (name: string) => fold(tokens(name)[0]);

/** Names the page gives for its own writers (byline, JSON-LD author of a news article). */
function writers(article: ExtractedArticle): Set<string> {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s !== 'string') return;
    for (const w of s.split(/[^\p{L}'’-]+/u)) if (w.length > 1) out.add(w.toLowerCase());
  };
  add(article.byline);
  for (const node of article.metadata.jsonLd) {
    if (!/news|blog|article$/i.test(String(node['@type']))) continue;
    const authors = Array.isArray(node.author) ? node.author : [node.author];
    for (const a of authors) add(typeof a === 'object' && a ? (a as Record<string, unknown>).name : a);
  }
  for (const a of article.metadata.meta.author ?? []) add(a);
  return out;
}

/** Researchers named in the story, merged by name ("Goldstein" is "Harris Goldstein"), writers left out. */
export function findPeople(article: ExtractedArticle, sentences: string[], orgs: InstitutionMention[][]): Source[] {
  const { citation } = article.metadata;
  // On a paper's own page the byline lists the paper's authors, not a reporter (a preprint server gives an arXiv id or a PDF, no DOI).
  const scholarly = Boolean(citation.citation_doi || citation.citation_journal_title || citation.citation_arxiv_id || citation.citation_pdf_url);
  const byline = scholarly ? new Set<string>() : writers(article);
  const people: PersonMention[] = [];
  const scans: NameScans = new Map();
  const de = baseLanguage(article.lang) === 'de';
  sentences.forEach((s, i) => {
    const hasOrg = orgs[i].length > 0;
    for (const p of peopleIn(s, orgs[i], { de, scans })) {
      if (!p.strong && !(hasOrg || RESEARCH_WORDS.test(s))) continue;
      const t = tokens(p.name).map((x) => x.toLowerCase());
      if (t.length >= 2 && byline.has(t[0]) && byline.has(t.at(-1)!)) continue;
      const same = people.find((q) => last(q.name) === last(p.name) && (first(q.name) === first(p.name) || tokens(q.name).length === 1 || tokens(p.name).length === 1 || first(q.name)[0] === first(p.name)[0] && (tokens(q.name).length > 2 || tokens(p.name).length > 2)));
      if (same) {
        if (tokens(p.name).length > tokens(same.name).length) same.name = p.name;
        same.role ??= p.role;
        same.affiliation ??= p.affiliation;
        if (!same.strong && p.strong) same.evidence = p.evidence;
        same.strong ||= p.strong;
        continue;
      }
      people.push({ ...p });
    }
  });
  // Full names written once, then quoted or titled by surname alone ("Charpentier, now a professor at …").
  const full = new Map<string, { name: string; evidence: string }>();
  const taken = new Set(people.map((p) => last(p.name)));
  sentences.forEach((s) => {
    for (const n of namesIn(s, scans)) if (!full.has(last(n))) full.set(last(n), { name: n, evidence: s });
  });
  sentences.forEach((s, i) => {
    for (const { surname, strong } of surnamesIn(s, de)) {
      const key = fold(surname);
      const whole = full.get(key);
      if (taken.has(key) || byline.has(surname.toLowerCase())) continue;
      // "Dr. Okafor" with no full name anywhere: the surname is all the story gives. Not the last word of an
      // institution ("of the University of Aberdeen, a co-author, said").
      if (!whole) {
        if (orgs[i].some((o) => o.name.split(/\s+/).pop() === surname)) continue;
        if (strong) {
          taken.add(key);
          people.push({ name: surname, evidence: s, strong });
        }
        continue;
      }
      if (!strong && !(orgs[i].length || RESEARCH_WORDS.test(s) || RESEARCH_WORDS.test(whole.evidence))) continue;
      taken.add(key);
      people.push({ name: whole.name, evidence: whole.evidence, strong });
    }
  });
  // The page's own paper authors, when the page is a paper: citation_author tags, else the byline.
  if (scholarly) {
    // "citation_authors" (one name a tag) on some publishers' pages.
    const listed = citation.citation_author ?? citation.citation_authors ?? (article.byline ?? '').replace(/^by\s+/i, '').split(/\s*(?:,|;|\band\b|&)\s*/);
    for (const raw of listed.map((a) => a.replace(/\d+$|\b(?:PhD|MD|MSc|MPH)\b/g, '').trim()).filter((a) => /\s/.test(a) || a.includes(',')).slice(0, 8)) {
      const name = raw.includes(',') ? raw.split(',').map((s) => s.trim()).reverse().join(' ') : raw.trim();
      if (!people.some((q) => last(q.name) === last(name))) people.push({ name, evidence: '', strong: true, role: 'study author' });
    }
  }
  return rankPeople(people, article.text, de).map((p) => ({
    kind: 'researcher' as const,
    name: p.name.replace(/^(?:Dr|Drs|Prof|Profs|Professors?|Mr|Ms|Mrs|Miss)\.?\s+/, ''),
    ...(p.evidence ? { evidence: p.evidence } : {}),
    ...(p.role ? { role: p.role } : {}),
    ...(p.affiliation ? { affiliation: p.affiliation } : {}),
  }));
}

// A word that names an organisation, alone or as a German compound's head: no part of a person's name.
const ORG_WORD = /^(?:[\p{Lu}][\p{L}]*-)?(?:[\p{Lu}]\p{Ll}*)?(?:[Pp]räsidium|[Mm]inisterium|[Uu]niversität|[Ii]nstitut|[Kk]linik(?:um|en)?|[Zz]entrum|[Bb]ehörde|[Hh]ochschule|[Ss]tiftung)$|^(?:University|Institute|Hospital|Ministry)$/u;
const GERMAN_ARTICLE = /^(?:Der|Die|Das|Den|Dem|Des)$/;
// A long German noun is no name ('Gemeinsame Pressemitteilung'); short names may end so ('Hartung', 'Jung').
const LONG_GERMAN_NOUN = /\p{Ll}{5,}(?:ung|heit|keit|schaft|tion)$/u;

/** Whether the story writes the word in lower case as a word of its own ("li" in "like" does not count). */
function writtenLower(text: string, word: string): boolean {
  for (let at = text.indexOf(` ${word}`); at >= 0; at = text.indexOf(` ${word}`, at + 1)) if (!/[\p{L}\p{N}]/u.test(text[at + word.length + 1] ?? '')) return true;
  return false;
}

/** Authors with a role first, then titled or quoted scientists, then members of long contributor lists; capped. */
function rankPeople(people: PersonMention[], text: string, de: boolean): PersonMention[] {
  const lowerText = ` ${text}`;
  const perSentence = new Map<string, number>();
  for (const p of people) perSentence.set(p.evidence, (perSentence.get(p.evidence) ?? 0) + 1);
  const tier = (p: PersonMention) => {
    if (p.role === 'lead author' || p.role === 'senior author') return 0;
    // In a long list, someone given an institution of their own stands out from the names around them.
    if ((perSentence.get(p.evidence) ?? 0) >= LIST_SIZE && p.evidence) return p.affiliation ? 2 : 3;
    if (DISCLOSURE.test(p.evidence)) return 3;
    return p.strong || p.role ? 1 : 2;
  };
  return people
    // "Scientific Sessions", "Ancient History": ordinary words the story also writes in lower case are not a name.
    .filter((p) => tokens(p.name).some((t) => t.toLowerCase() === t || !writtenLower(lowerText, t.toLowerCase())))
    // "Die Forschenden der Goethe-Universität", "Regierungspräsidium Freiburg": a group or an office, not a person.
    .filter((p) => !p.name.split(/\s+/).some((w, k) => ORG_WORD.test(w) || (de && ((k === 0 && GERMAN_ARTICLE.test(w)) || LONG_GERMAN_NOUN.test(w)))))
    .map((p, order) => ({ p, order, tier: tier(p) }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .filter((x, n) => n < MAX_RESEARCHERS || (x.tier <= 1 && n < HARD_MAX))
    .map((x) => x.p);
}
