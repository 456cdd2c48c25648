import { institutionsIn, type InstitutionMention } from './institutions';

/** A named scientist, with the sentence, role and affiliation the story gives. */
export interface PersonMention {
  name: string;
  evidence: string;
  /** Said to be a scientist (title, job, authorship), not only quoted. */
  strong: boolean;
  role?: string;
  affiliation?: string;
}

import {
  AFTER_ACADEMIC_POST, AFTER_LED, AFTER_WHO_AT, AFTER_APPOSITIVE, AFTER_APPOSITIVE_DE, AFTER_CRED, AFTER_ET_AL, AFTER_OF, AFTER_SAID, AFTER_SAID_EN, AFTER_SAID_SHORT, AFTER_SAID_SHORT_EN, AGE_AFTER, BEFORE_ROLE, BEFORE_SAID, BEFORE_SAID_EN, BEFORE_TITLE, CAPITAL_WORD,
  FINDING_BEFORE, LAY_APPOSITIVE, LAY_BEFORE, LEAD_STRIP, LEAD_STRIP_DE, LIST_CUE, LIST_ITEM, LIST_SPLIT, NAME_ANY, NAME_GOES_ON, NAME_TOO, NOT_NAME_WORDS, NUMBERED_AUTHOR, ORDINAL_BEFORE, ORG_BEFORE, ORG_PLACE_BEFORE,
  ARTICLE_BEFORE_DE, ARTICLE_FIRST_DE, FIELD_IN_NAME, NOT_IN_A_NAME, NOUN_BEFORE_VON, ORG_SPEECH_AFTER, ORG_TAIL, PLACE_TAIL, ROLE_DE_WORD, SURNAME_APPOSITIVE,
} from './people-words';
import { listRole, nameChains, type Listed } from './name-lists';

/** Name candidates of a story's sentences, kept while one story is read: peopleIn and namesIn scan each sentence once. */
export type NameScans = Map<string, RegExpMatchArray[]>;

/** How to read a sentence: German speech words and openers, and the story's scan cache. */
export interface PeopleOptions {
  de?: boolean;
  scans?: NameScans;
}

function nameMatches(sentence: string, scans?: NameScans): RegExpMatchArray[] {
  let ms = scans?.get(sentence);
  if (!ms) {
    ms = [...sentence.matchAll(NAME_ANY)];
    scans?.set(sentence, ms);
  }
  return ms;
}

/** Two to five words, none a place or a common noun of the list; a scientist's name may hold a word like "May" or "West". */
function plausibleName(name: string, strong = false): boolean {
  const parts = name.split(/\s+/);
  if (parts.length < 2 || parts.length > 5 || /^U\.[SK]\.$/.test(parts[0])) return false;
  // A name does not end in a title: "Projektleiter Prof. Dr.-Ing. Tobias Rehkopf" is not "Projektleiter Prof".
  if (/^(?:Dr|Prof)\.?$/.test(parts[parts.length - 1])) return false;
  // Nor opens with a preposition or an article: "In Changsha, the Tobacco Monopoly Bureau …" names a place.
  if (/^(?:In|At|On|From|For|By|With|Of|The|A|An|To|Into|Near|Across|Inside|Outside|Under|Over|After|Before|During|Since|Until)$/.test(parts[0])) return false;
  return !parts.some((p) => {
    const w = p.replace(/['’]s$/, '').replace(/\.$/, '');
    return (NOT_NAME_WORDS.has(w) && !(strong && NAME_TOO.has(w))) || FIELD_IN_NAME.test(w);
  });
}

function roleFrom(window: string, before: string): string | undefined {
  const w = `${before} ${window}`.toLowerCase();
  if (/\bnot involved|n[o’']t involved|was not part of|wasn[’']t part of|uninvolved|not (?:part|one) of the (?:study|research|team)|did not take part|independent expert|nicht (?:an der studie )?beteiligt/.test(w)) return 'not involved in the study';
  if (/\bsenior author|principal investigator|corresponding author|senior researcher on|who supervised|letztautor|seniorautor/.test(w)) return 'senior author';
  if (/\b(?:lead|first)(?: study)? author|led the (?:study|research|work|team|trial|project)|who led|erstautor|hauptautor|studienleiter|leiter(?:in)? der studie/.test(w) || /\b(?:led|headed) by\s*(?:(?:Dr|Prof|Professor)\.?\s*)?$/i.test(before)) return 'lead author';
  if (/\bco-?authors?\b|\bauthors? of the (?:study|paper|report)|study author|mitautor|koautor|studienautor/.test(w)) return 'study co-author';
  if (/\bcommenting|\bcommented\b|who reviewed the (?:study|findings|paper)/.test(w)) return 'commenting';
  return undefined;
}

/** People named as scientists in one sentence. */
export function peopleIn(sentence: string, institutions: InstitutionMention[] = institutionsIn(sentence), opts: PeopleOptions = {}): PersonMention[] {
  const found = new Map<string, PersonMention>();
  const add = (name: string, at: number, strong: boolean, beforeWindow = '') => {
    const clean = name.replace(/['’]s$/, '').trim();
    if (!plausibleName(clean, strong)) return;
    // A dash inside a place's name ("Charité – Universitätsmedizin Berlin") does not end the appositive.
    const base = at + name.length;
    const after = institutions.filter((i) => i.start >= base && /\s[—–]\s/.test(sentence.slice(i.start, i.end))).reduce((t, i) => t.slice(0, i.start - base) + sentence.slice(i.start, i.end).replace(/\s[—–]\s/g, ' - ') + t.slice(i.end - base), sentence.slice(base));
    if (AGE_AFTER.test(after)) return;
    // The appositive: up to the next clause that starts another name or the sentence end.
    const window = after.slice(0, 160).split(/[;(]|\s[—–]\s|,\s+(?:and\s+)?(?:said|says)\b/)[0];
    const role = roleFrom(window.split(/,\s+(?=[\p{Lu}][\p{Ll}]+\s+[\p{Lu}])/u)[0], beforeWindow || sentence.slice(Math.max(0, at - 40), at));
    const affiliation =
      institutions.find((i) => i.start >= at + name.length && i.start <= at + name.length + Math.min(window.length + 2, 140))?.name ??
      // "Tufts University biologist Michael Levin", "Stanford's Jane Roe": the institution just before the name.
      institutions.find((i) => i.end <= at && at - i.end <= 40 && ORG_BEFORE.test(sentence.slice(i.end, at)))?.name;
    // A role the story gives ("lead author", "not involved in the study") makes a scientist of a name that is only quoted.
    const sure = strong || !!role;
    const prev = found.get(clean);
    if (prev) {
      prev.strong ||= sure;
      prev.role ??= role;
      prev.affiliation ??= affiliation;
      return;
    }
    found.set(clean, { name: clean, evidence: sentence, strong: sure, role, affiliation });
  };
  const afterSaid = opts.de ? AFTER_SAID : AFTER_SAID_EN;
  const beforeSaid = opts.de ? BEFORE_SAID : BEFORE_SAID_EN;
  // Every candidate the words around it do not rule out, with what they say of it, for the lists below.
  const candidates: (Listed & { strong: boolean; titled: boolean; said: boolean; before: string })[] = [];
  for (const m of nameMatches(sentence, opts.scans)) {
    let name = m[1];
    let at = m.index! + m[0].length - name.length;
    const lead = /^(\S+)\s+/.exec(name);
    // "Co-spokesperson Professor Rintaro Fujisawa": a scientist speaking for a collaboration, by the title after the word.
    if (lead && LAY_BEFORE.test(`${lead[0]}`) && !(/spokes/i.test(lead[0]) && /^\S+\s+(?:Dr|Prof|Professor|Professorin)\.?\s/u.test(name))) continue;
    // "Researchers Jane Doe", German "Wie Studienleiterin Anna Roth": openers and job words are no part of the name.
    // A job word or a title inside the match ("Co-investigator Dr Marieke ter Horst") goes too.
    for (let w = /^(\S+)\s+/.exec(name); w && name.split(/\s+/).length > 2 && (LEAD_STRIP.has(w[1]) || NOT_IN_A_NAME.test(w[1]) || /^(?:Dr|Prof)\.?$/.test(w[1]) || (opts.de && LEAD_STRIP_DE.test(w[1]))); w = /^(\S+)\s+/.exec(name)) {
      at += w[0].length;
      name = name.slice(w[0].length);
    }
    // "der Kieler Ozeanograf Arne Lind": in German a role word inside the match ends what stands before the name;
    // so does a noun before "von" ("Doktorarbeit von Carla Rein").
    if (opts.de) {
      const noun = NOUN_BEFORE_VON.exec(name);
      if (noun) {
        at += noun[0].length;
        name = name.slice(noun[0].length);
      }
      const words = name.split(/\s+/);
      const role = words.slice(0, -2).findIndex((w) => ROLE_DE_WORD.test(w));
      if (role >= 0) {
        const skipped = new RegExp(`^(?:\\S+\\s+){${role + 1}}`, 'u').exec(name)![0];
        at += skipped.length;
        name = name.slice(skipped.length);
      }
    }
    // "Astrophysicist Dr Ana Ruiz": a title inside the match starts the name.
    const titleInside = /^(?:\S+\s+)+?(?:Dr|Prof|Professor|Professorin)\.?\s+(?=\S+\s+\S)/u.exec(name);
    if (titleInside) {
      at += titleInside[0].length;
      name = name.slice(titleInside[0].length);
    }
    // "Southern Denmark's Andreas Lundh": the person's name follows the possessive.
    const owner = /['’]s\s/.test(name) ? /^(?:\S+\s+)*?\S+['’]s\s+(?=\S+\s+\S)/u.exec(name) : null;
    if (owner) {
      at += owner[0].length;
      name = name.slice(owner[0].length);
    }
    // "Anna Roth von der Ludwig-Maximilians-Universität": the place after "von der" is no part of the name.
    const place = PLACE_TAIL.exec(name) ?? ORG_TAIL.exec(name);
    if (place) name = name.slice(0, place.index);
    // "Jens-Uwe Raddatz von der Leibniz Universität", "… von der Charité": an institution found after the particle ends the name.
    for (const p of name.matchAll(/\s(?:von der|von dem|vom|von)\s/g)) {
      const from = at + p.index! + p[0].length;
      if (institutions.some((i) => i.start <= from && from < i.end)) {
        name = name.slice(0, p.index);
        break;
      }
    }
    // What is left after the job words must still open like a name ("Erstautor der Studie" leaves none).
    if (!/^[\p{Lu}]/u.test(name)) continue;
    // Words inside an institution's name ("the Centre for Insect Acoustics") are no person.
    if (institutions.some((i) => i.start < at && at < i.end)) continue;
    const before = sentence.slice(Math.max(0, at - 60), at);
    // "the 78th Scientific Sessions": an ordinal before the words makes them an event.
    const after = sentence.slice(at + name.length, at + name.length + 220);
    // "spokesman James Salz, MD, clinical professor of …": a doctor speaking for a society is still a scientist.
    if ((LAY_BEFORE.test(before) && !(/\bspokes(?:person|man|woman)\s+$/i.test(before) && (AFTER_CRED.test(after) || AFTER_ACADEMIC_POST.test(after)))) || ORDINAL_BEFORE.test(before)) continue;
    const of = AFTER_OF.exec(after);
    const who = AFTER_WHO_AT.exec(after);
    const orgAfter = (!!of && institutions.some((i) => i.start === at + name.length + of[0].length)) || (!!who && institutions.some((i) => i.start === at + name.length + who[0].length));
    const titled = m[0] !== m[1] || BEFORE_TITLE.test(before) || AFTER_CRED.test(after);
    // Life dates after a name ("Ludwig Strohmayer (1841–1912)"): a scientist of the past, not of this work.
    if (/^\s*\(\s*(?:ca?\.\s*)?\d{3,4}\s*[–-]\s*\d{3,4}\s*\)/.test(after)) continue;
    // German writes no article before a person's bare name, nor opens it with one: "die Schweizer Myonenquelle SμS
    // am PSI", "Die Auswertung ergänzt …" name things.
    if (opts.de && ARTICLE_FIRST_DE.test(name)) continue;
    if (opts.de && !titled && ARTICLE_BEFORE_DE.test(before)) continue;
    // "Alex Azar, the Health and Human Services secretary": the story says this is not a scientist.
    if (!titled && LAY_APPOSITIVE.test(after) && !FINDING_BEFORE.test(before)) continue;
    if (!titled && !/['’]s$/.test(name) && (ORG_PLACE_BEFORE.test(before) || ORG_SPEECH_AFTER.test(after))) continue;
    const strong = titled || orgAfter || (opts.de ? AFTER_APPOSITIVE_DE : AFTER_APPOSITIVE).test(after) || AFTER_ACADEMIC_POST.test(after) || AFTER_LED.test(after) || BEFORE_ROLE.test(before, !!opts.de) || AFTER_ET_AL.test(after);
    const said = afterSaid.test(after) || beforeSaid.test(before);
    // Only a name that could be a person's joins a list ("Classical Archaeology and Ancient History" is no list of people).
    // Nor one that is the place after "of", "from" or "at" ("from the University of Southern Denmark and Lisa Bero").
    if (plausibleName(name, true) && !name.split(/\s+/).some((w) => NOT_IN_A_NAME.test(w)) && !/\b(?:of|from|at)\s+(?:the\s+)?$/.test(before)) candidates.push({ name, at, end: at + name.length, strong, titled, said, before });
    if (strong || said) add(name, at, strong, before);
  }
  // A list of names shares what is said of any of them or of the whole list.
  for (const chain of nameChains(sentence, candidates)) {
    const members = chain.map((k) => candidates[k]);
    const role = listRole(sentence, members[0], members[members.length - 1]);
    // "Dr A, Dr B and C": where the others carry a title of their own, the one without it does not share theirs.
    const titles = members.some((c) => c.titled);
    const strong = role || members.some((c) => c.strong && !(titles && c.titled));
    const said = members.some((c) => c.said);
    for (const c of members) if (!(titles && !c.titled && !role && !members.some((o) => o.strong && !o.titled)) && (strong || said)) add(c.name, c.at, strong, c.before);
  }
  for (const m of sentence.matchAll(LIST_CUE)) {
    let at = m.index! + m[0].length;
    let misses = 0;
    for (const item of sentence.slice(at).split(LIST_SPLIT).slice(0, 40)) {
      const hit = LIST_ITEM.exec(item);
      const offset = sentence.indexOf(item, at);
      if (hit && offset >= 0) {
        add(hit[1], offset + hit[0].length - hit[1].length, true, m[0]);
        misses = 0;
      } else if (++misses > 1) break;
      if (offset >= 0) at = offset + item.length;
    }
  }
  // A paper's author list, each name with its affiliation numbers: "Ruairi Blenkinsop1, Hana Kobayashi1, Oyelaran T. Adewumi1,2".
  const numbered = [...sentence.matchAll(NUMBERED_AUTHOR)];
  if (numbered.length >= 3) for (const m of numbered) add(m[1], m.index!, true, 'authors: ');
  return [...found.values()];
}

/** Every full name written in a sentence (plausible ones), to resolve later surname-only mentions. */
export function namesIn(sentence: string, scans?: NameScans): string[] {
  return nameMatches(sentence, scans)
    .filter((m) => !LAY_BEFORE.test(sentence.slice(Math.max(0, m.index! - 60), m.index!)))
    .map((m) => m[1].replace(NOUN_BEFORE_VON, ''))
    .map((n) => n.slice(0, (PLACE_TAIL.exec(n) ?? ORG_TAIL.exec(n))?.index))
    .filter((n) => plausibleName(n) && !AGE_AFTER.test(sentence.slice(sentence.indexOf(n) + n.length)));
}

const SPOKEN_AFTER = /^(?:[.,;]|\s+(?:in|at|on|during|to|im|bei|beim|auf|am|gegenüber|vor|während|zum|zur|der|dem)\s)/u;

/** Surnames used alone for a scientist ("Dr. Smith", "Smith, a biologist") or a speaker ("Smith said", German "so Müller"). */
export function surnamesIn(sentence: string, de = false): { surname: string; strong: boolean }[] {
  const out: { surname: string; strong: boolean }[] = [];
  const afterSaid = de ? AFTER_SAID_SHORT : AFTER_SAID_SHORT_EN;
  const beforeSaid = de ? BEFORE_SAID : BEFORE_SAID_EN;
  for (const m of sentence.matchAll(CAPITAL_WORD)) {
    const surname = m[0].replace(/['’]s$/, '');
    // The cheap word-list test first: these words are never surnames.
    if (NOT_NAME_WORDS.has(surname)) continue;
    const at = m.index!;
    const after = sentence.slice(at + m[0].length, at + m[0].length + 160);
    // Part of a longer capitalised name, also across a particle ("Dr Jan de Vries"): the full-name pass handles it.
    if (NAME_GOES_ON.test(after)) continue;
    const before = sentence.slice(Math.max(0, at - 40), at);
    const titled = BEFORE_TITLE.test(before);
    if (!titled && /[\p{Lu}][\p{L}'’-]*\s$/u.test(before)) continue;
    // "über den Einfluss … auf die Darmflora berichtet": after an article a capitalised German word is a noun.
    if (de && !titled && ARTICLE_BEFORE_DE.test(before)) continue;
    if (titled || SURNAME_APPOSITIVE.test(after)) out.push({ surname, strong: true });
    // "…, sagte Zangerl in seinem Vortrag", "said Okafor in a statement": the speech verb before, the sentence's end or a
    // phrase of where or to whom after.
    else if (afterSaid.test(after) || (SPOKEN_AFTER.test(after) && beforeSaid.test(before))) out.push({ surname, strong: false });
  }
  return out;
}
