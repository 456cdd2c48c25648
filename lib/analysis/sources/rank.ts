/** Which institutions a story names are the work's own, most important first; the rest ranked last or left out. */
import type { Source } from '../types';
import { institutionKey, type InstitutionMention } from './institutions';

/** Past this many, only institutions named in a research role are kept. */
const MAX_INSTITUTIONS = 10;
/** Never more than this many, however many research roles. */
const HARD_MAX = 12;

const RESEARCH_CUE = /\b(?:stud(?:y|ies)|research\w*|scientists?|led|author|trial|paper|published|findings)\b/i;
// Where this appears, the organisations named after it paid for the work ("supported by grants from the X").
const FUNDING_CUE = /\b(?:fund(?:ed|ing|s)?|grants?|supported by|support from|sponsored|donations?|endowment|philanthrop\w*|financial support|paid for)\b/i;
// The society a journal belongs to ("Circulation, a journal of the American Heart Association", "a peer-reviewed
// journal from the AAAS") published the paper; it did not do the work.
const JOURNAL_OF = /\bjournals? (?:\w+ )?(?:of|from) (?:the )?$/i;
// A press release's closing "About X" section describes the institution, not the work.
const ABOUT = /^About (?:the )?[\p{Lu}][^.!?]{0,60}$/u;

// Heads that name a whole organisation even when every other word is ordinary ("Institute of Medicine").
const ORG_HEAD = /\b(?:Universit\w*|Institut\w*|College|Hospitals?|Foundation|Association|Society|Agency|Administration|Organi[sz]ation|Council|Academy|Observatory|Museum|Ministry|Commission|Trust|Polytechnic|Zoo|Consortium|Collaboration|Alliance|Inc|Corp|Corporation|Ltd|LLC|Pharmaceuticals?|Therapeutics|Biosciences?|Biotech)\b/;
// Programmes, grants, awards, endowed chairs, meetings, designations: named things that are not where the work was done.
const NOT_AN_ORG = /\b(?:Chair|Scholar|Awards?|Grants?|Fellowships?|Prizes?|Site|Sessions|Meeting|Collection|Press|Publications|Publishing|Publishers|News|Today|Times)\b/;
const CORPORATE = /^(?:inc|corp|corporation|ltd|llc|co|plc|ag|sa|gmbh)$/;
const CONNECTOR = /^(?:of|for|and|&|the|on|in|at|de|für|y)$/;
const LEGAL_END = /\s(?:Inc|Corp|Corporation|Ltd|LLC|Co|plc|PLC|AG|GmbH)\.?$/;

/** How often a company's short name ("AngioDynamics" for "AngioDynamics Inc") comes back in the story, beyond once; at most 3. */
function laterMentions(name: string, text: string): number {
  const core = name.replace(LEGAL_END, '');
  let n = 0;
  for (let at = text.indexOf(core); at >= 0 && n < 4; at = text.indexOf(core, at + core.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at + core.length] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) n++;
  }
  return Math.max(0, n - 1);
}

/**
 * True when a name is made only of ordinary words the story also writes in lower case ("Medical Research",
 * "Kidney Cancer Program", "Department of Internal Medicine"): a unit or a phrase, not a place anyone can find.
 */
function unanchored(name: string, lowerText: string): boolean {
  if (NOT_AN_ORG.test(name)) return true;
  if (ORG_HEAD.test(name)) return false;
  for (const w of name.split(/[\s-]+/)) {
    if (!w || CONNECTOR.test(w)) continue;
    const lower = w.replace(/['’]s$/, '').toLowerCase();
    // Acronyms ("MGH", "WHO" though "who" is a word) and proper names ("Simmons", never in lower case) anchor a name.
    if (/^\p{Lu}{2,}$/u.test(w) || lower === w || !lowerText.includes(` ${lower}`)) return false;
  }
  return true;
}

/** Initials of a name's capitalised words ("Food and Drug Administration" → "FDA"). */
const initials = (name: string) =>
  name
    .split(/[\s,-]+/)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0])
    .join('');

interface Found {
  source: Source;
  order: number;
  score: number;
  /** Named at least once outside funding lines, "About" sections and as a journal's publisher. */
  working: boolean;
  affiliation: boolean;
  company: boolean;
  names: string[];
}

// "Deutsches Zentrum für Luft- und Raumfahrt (DLR)": an acronym in brackets right after a name.
const BRACKETED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}&]{1,7})\)/u;

/**
 * Institutions of the story ranked: researchers' affiliations, then those named in research sentences and
 * often, then funders and boilerplate; generic phrases, programmes and journals left out, acronyms merged.
 */
export function rankInstitutions(
  sentences: string[],
  orgs: InstitutionMention[][],
  opts: { text: string; affiliations: Set<string>; skip: (name: string) => boolean },
): Source[] {
  const lowerText = ` ${opts.text}`;
  const found = new Map<string, Found>();
  // "Deutsches Zentrum für Luft- und Raumfahrt (DLR)": the acronym in brackets after a name is that name, initials or not.
  const aliasOf = new Map<string, string>();
  orgs.forEach((list, i) => {
    for (const o of list) {
      const acronym = BRACKETED_ACRONYM.exec(sentences[i].slice(o.end))?.[1];
      // Both start alike: not a generic piece of a longer name ("Regulatory Agency (MHRA)", cut at a lower-case word).
      if (acronym && acronym !== o.name && acronym[0] === o.name.replace(/^The\s+/, '')[0] && !aliasOf.has(acronym)) aliasOf.set(acronym, institutionKey(o.name));
    }
  });
  let boilerplate = false;
  orgs.forEach((list, i) => {
    const s = sentences[i];
    if (!boilerplate && s.length < 70 && ABOUT.test(s)) boilerplate = true;
    if (!list.length) return;
    const funding = FUNDING_CUE.exec(s);
    const research = RESEARCH_CUE.test(s) && !funding;
    for (const o of list) {
      if (opts.skip(o.name)) continue;
      const publisher = JOURNAL_OF.test(s.slice(Math.max(0, o.start - 40), o.start));
      const working = !boilerplate && !(funding && o.start > funding.index) && !publisher;
      const k = aliasOf.get(o.name) ?? institutionKey(o.name);
      const hit = found.get(k);
      // Named by its acronym first: the full name, once read, is the one to show.
      if (hit && aliasOf.get(hit.source.name!) === k && !aliasOf.has(o.name)) hit.source = { ...hit.source, name: o.name };
      if (hit) {
        hit.score += 1;
        hit.working ||= working;
        continue;
      }
      if (unanchored(o.name, lowerText)) continue;
      const affiliation = opts.affiliations.has(k);
      found.set(k, {
        source: { kind: 'institution', name: o.name, evidence: s },
        order: found.size,
        // A company known only from a cue starts below any institution named in a research sentence.
        score: o.company ? 0.5 + laterMentions(o.name, lowerText) : 1 + (affiliation ? 5 : 0) + (research ? 1 : 0) + (LEGAL_END.test(o.name) ? laterMentions(o.name, lowerText) : 0),
        working,
        affiliation,
        company: !!o.company,
        names: [o.name],
      });
    }
  });
  const all = mergeAliases([...found.values()]);
  // Funders, "About" sections and journals' societies rank after every institution named for the work.
  const rank = (f: Found) => f.score + (f.working ? 100 : 0);
  const ranked = all.sort((a, b) => rank(b) - rank(a) || a.order - b.order);
  return ranked
    .filter((f, n) => n < MAX_INSTITUTIONS || (n < HARD_MAX && f.working && (f.affiliation || f.score > 2)))
    .map((f) => f.source);
}

/** "FDA" and "Food and Drug Administration", "Homeland Security Department" and "Department of Homeland Security": one each. */
function mergeAliases(list: Found[]): Found[] {
  const out: Found[] = [];
  const sig = (n: string) => n.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).filter((w) => w && !CONNECTOR.test(w) && !CORPORATE.test(w)).map((w) => w.replace(/ies$/, 'y').replace(/s$/, '')).sort().join(' ');
  for (const f of list) {
    const name = f.source.name!;
    const short = /^[\p{Lu}]{2,6}$/u.test(name);
    const same = out.find((g) => {
      const other = g.source.name!;
      if (sig(other) === sig(name)) return true;
      // "a cofounder of Editas" is "Editas Medicine" named elsewhere.
      if ((f.company || g.company) && (` ${other} `.includes(` ${name} `) || ` ${name} `.includes(` ${other} `))) return true;
      const [acr, full] = short ? [name, other] : /^[\p{Lu}]{2,6}$/u.test(other) ? [other, name] : ['', ''];
      if (!acr || /^[\p{Lu}]{2,6}$/u.test(full)) return false;
      const ini = initials(full);
      // "CDC" for "Centers for Disease Control and Prevention": the initials before a closing "and …".
      return ini === acr || initials(full.replace(/\s+and\s+[^,]+$/, '')) === acr;
    });
    if (!same) {
      out.push(f);
      continue;
    }
    // One entry under the name the story used first (a company under its fuller name), with the earlier place and the stronger role.
    const shorter = (a: Found, b: Found) => a.source.name!.length < b.source.name!.length;
    if (f.company || same.company ? shorter(same, f) : f.order < same.order) same.source = { ...f.source };
    same.company &&= f.company;
    same.score += f.score;
    same.working ||= f.working;
    same.affiliation ||= f.affiliation;
    same.order = Math.min(same.order, f.order);
  }
  return out;
}
