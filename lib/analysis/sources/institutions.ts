import { germanNominative } from './german-names';
import {
  CAMPUS, CAMPUS_BASES, COMPOUND_HEAD, CONNECT_AFTER, DATE_WORD, DOC_WORD, ENDS_NAME, EPONYM_HEADS, FIELD_END, GENERIC_LEFT, HEADS, KNOWN, LEADING_STOP, LEGAL_HEADS, LOWER_HEADS, NORDIC_HEAD_RE, PHRASES_BY_FIRST, SWISS_FEDERAL, SWISS_FEDERAL_CITY, UNIVERSITY_ACRONYM, WORD_ACRONYMS, POSSESSIVE_IN_NAME, PRODUCT_MAKERS, SCHOOL,
  TAIL_HEADS, PRODUCT_AFTER, WEAK_HEADS,
} from './institution-words';
import { affiliationPieces } from './affiliation-pieces';
import { lowerHeadName, notAnOrganisation, supplier } from './name-checks';
import { commaListEnd, fieldListEnd, germanFieldEnd, pluralPlaceEnd, sharedHeadEnd, standsAlone, type Word as W } from './name-joins';

/** A research institution named in a sentence. */
export interface InstitutionMention {
  name: string;
  /** Where the name starts and ends in the sentence, to pair it with a researcher. */
  start: number;
  end: number;
  /** Found only by what the sentence says of it ("the biotech firm X"), not by an organisation word: ranks lower. */
  company?: boolean;
}

// A word of a name: capitalised (Women's, Sloan-Kettering, A&M, M.D.) or an inner "and"/"&" handled by the scanner.
const WORD = /[\p{Lu}][\p{L}\p{N}'’.&-]*|[dl]['’][\p{Lu}][\p{L}\p{N}'’.&-]*|[\p{Ll}]+|&|,/gu;


// Called for every word of every sentence: ASCII letters are decided without a regex.
const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^[\p{Lu}]/u.test(t);
};
const startsWithLetter = (t: string) => {
  const c = t.charCodeAt(0) | 32;
  if (t.charCodeAt(0) < 128) return c >= 97 && c <= 122;
  return /^\p{L}/u.test(t);
};
const bare = (t: string) => {
  const c = t.charCodeAt(t.length - 1);
  return c !== 115 && c !== 46 ? t : t.replace(/['’]s$/, '').replace(/\.$/, '');
};

// "Sanofi-Aventis": a known company joined to another name; not "Meta-analysis", "FDA-approved".
const knownBeforeHyphen = (t: string) => {
  const [first, rest] = [t.slice(0, t.indexOf('-')), t.slice(t.indexOf('-'))];
  return KNOWN.has(first) && first !== 'Meta' && /^-\p{Lu}\p{Ll}/u.test(rest);
};
// A word that is, or opens, a known organisation's name ("Harvard", "Johns" of Johns Hopkins, "Dana-Farber").
const knownWord = (w: string) => KNOWN.has(w) || PHRASES_BY_FIRST.has(w);

// A national branch of a known body: "RSPB Scotland", "WWF Australia".
const BRANCH_PLACE = /^(?:Scotland|Wales|Cymru|England|Ireland|Canada|Australia|India|Europe|International|Deutschland|Schweiz|Österreich)$/;
// German capitalises its nouns, so a German sentence can look like Title Case; its articles and verbs say it is prose,
// and "für" a German name ("Beteiligt: Deutsches Zentrum für Luft- und Raumfahrt, Institut für Planetenforschung"),
// which the run scanner reads better than the English affiliation-line pieces.
const GERMAN_PROSE = /\b(?:der|die|das|den|dem|des|und|ist|sind|hat|haben|wird|werden|sagt|sagte|sagten|betont|erklärt|mit|bei|sich|nicht|auch|für)(?![\p{L}])/gu;

/** A German adjective in lower case, declined ("biologischen", "angewandte", "experimentelle", "ländlichen"). */
const LOWER_ADJECTIVE_DE = /^(?!(?:eine[nmrs]?|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?|diese[nmrs]?|jede[nmrs]?|andere[nmrs]?)$)\p{Ll}{3,}(?:e|en|er|es)$/u;

/** A German compound's common last part: people, a unit, a place or a thing of the organisation before the hyphen. */
const COMMON_NOUN_DE = /-\p{L}*(?:ende[nr]?|forscher(?:in|innen)?|wissenschaftler(?:in|innen)?|mitarbeiter(?:in|innen)?|labors?|abteilung|teams?|gruppe|rat|mission|sonde|studie|projekts?|daten|budgets?|campus|zentrale|chef(?:in)?)$/iu;

/** Whether the capitalised run from words[c] holds a head in the genitive ("Deutschen Zentrums", "Karolinska-Instituts"). */
function genitiveParent(words: { text: string }[], c: number): boolean {
  for (let k = c; k < c + 4 && words[k] && /^\p{Lu}/u.test(words[k].text); k++) {
    const t = words[k].text;
    if (HEADS.has(t) || HEADS.has(t.replace(/e?s$/, '')) || COMPOUND_HEAD.test(t)) return true;
  }
  return false;
}

/** Organisations in one sentence: capitalised runs with a head word, plus known names. */
const JOURNALIST = /\b(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Photographer)s?$/;

export function institutionsIn(sentence: string): InstitutionMention[] {
  const words: W[] = [];
  for (const m of sentence.matchAll(WORD)) words.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  const out: InstitutionMention[] = [];
  // Headlines and link lists in Title Case make every run look like a name: keep only known names there.
  const capitals = words.filter((w) => startsWithLetter(w.text));
  // ("Prof. Anna Berg (Freie Universität Berlin) steuerte die Analysen bei" is German prose, not a headline.)
  const titleCase =
    capitals.length > 5 && capitals.filter((w) => isCap(w.text)).length / capitals.length > 0.7 && (sentence.match(GERMAN_PROSE)?.length ?? 0) < 2;
  const taken = (a: number, b: number) => out.some((o) => a < o.end && o.start < b);
  const adjacent = (a: W, b: W) => /^[ \u00a0]$/.test(sentence.slice(a.end, b.start)) || a.end === b.start;
  // "Biotechnology and Biological Sciences Research Council": a field word alone before "and" opens the name, it is no name of its own.
  const capBefore = (k: number) => k > 0 && isCap(words[k - 1].text) && adjacent(words[k - 1], words[k]);
  const loneField = (k: number) => FIELD_END.test(bare(words[k].text)) && !(k > 0 && isCap(words[k - 1].text) && adjacent(words[k - 1], words[k]));
  // An affiliation line is in Title Case too ("Ana Ruiz M.D., Emory University School of Medicine, Atlanta"): its pieces are read.
  if (titleCase) out.push(...affiliationPieces(sentence));
  for (let i = 0; i < (titleCase ? 0 : words.length); i++) {
    const head = bare(words[i].text);
    const prev = words[i - 1];
    // "Fauna and Flora International", "the Royal Free hospital": heads that count only after a name.
    const tail = TAIL_HEADS.has(head) && capBefore(i) && !(words[i + 1] && isCap(words[i + 1].text) && adjacent(words[i], words[i + 1]));
    const lower = LOWER_HEADS.has(words[i].text) && capBefore(i);
    const isHead = HEADS.has(head) || (isCap(head) && COMPOUND_HEAD.test(head)) || tail || lower || (SCHOOL.test(head) && /^(?:of|at)$/.test(words[i + 1]?.text ?? '')) || (head === 'School' && /^(?:Medical|Business|Law|Dental|Nursing)$/.test(bare(prev?.text ?? ''))) || (head === 'Force' && prev?.text === 'Task');
    if (!isHead) continue;
    // "Acme Analytics, LLC": a legal form after a comma still ends the name before it.
    const legalAfterComma = LEGAL_HEADS.has(head) && prev?.text === ',' && adjacent(prev, words[i]) && i > 1 && isCap(words[i - 2].text) && words[i - 2].end === prev.start;
    // Left: capitalised words (and an inner "and"/"&" between two of them: "Brigham and Women's").
    let a = legalAfterComma ? i - 2 : i;
    while (a > 0) {
      const p = words[a - 1];
      if (!adjacent(p, words[a])) break;
      // "Pennsylvania's Perelman School" is two names; "Children's Hospital" is one.
      // "Saint John's Health Center", "St. Jude's": a saint's name is part of the place's name; so is "Guy's" before "hospital".
      // "Alzheimer's Association", "Parkinson's UK", "Alzheimer's Research UK": an eponym opens a charity's or society's name.
      const eponym = EPONYM_HEADS.test(head) && words.slice(a, i).every((w) => FIELD_END.test(bare(w.text)));
      if (/['’]s$/.test(p.text) && !POSSESSIVE_IN_NAME.test(p.text) && !/(?:^|-)(?:Saint|St\.?)$/.test(words[a - 2]?.text ?? '') && !(lower && a === i) && !eponym) break;
      // "Pennsylvania-based Serenity Pharmaceuticals": where a company is based is no part of its name.
      if (p.text.endsWith('-based')) break;
      if ((isCap(p.text) || /^d['’]\p{Lu}/u.test(p.text)) && !p.text.endsWith('.') || /^[\p{Lu}]\.[\p{Lu}]\.$|(?:^|-)St\.$/u.test(p.text)) a--;
      else if (p.text === '&' && a - 2 >= 0 && isCap(words[a - 2].text) && adjacent(words[a - 2], p) && !taken(words[a - 2].start, words[a - 2].end)) a -= 2;
      // "Brigham and Women's" is one name; "Roche AG and Gilead Sciences", "Harvard Medical School and Harvard Pilgrim" are two.
      else if (p.text === 'and' && a - 2 >= 0 && isCap(words[a - 2].text) && adjacent(words[a - 2], p) && !taken(words[a - 2].start, words[a - 2].end) && (!HEADS.has(bare(words[a - 2].text)) || loneField(a - 2)) && !TAIL_HEADS.has(bare(words[a - 2].text)) && (!ENDS_NAME.test(words[a - 2].text) || POSSESSIVE_IN_NAME.test(words[a - 2].text)) && !HEADS.has(bare(words[a].text)) && (loneField(a - 2) || !standsAlone(words, a, knownWord))) a -= 2;
      else break;
    }
    while (a < i && LEADING_STOP.has(bare(words[a].text))) a++;
    // Right: connectors followed by capitalised words ("of Medicine at Temple University").
    let b = i;
    // A legal form ends the name: "Acme Analytics, LLC for Milford" names no place.
    for (; !lower && !LEGAL_HEADS.has(head); ) {
      // "AngioDynamics Inc." ends the name; a ticker or a place may follow.
      if (/^(?:Inc|Corp|Ltd|Co)\.$/.test(words[b].text)) break;
      const n = words[b + 1];
      if (!n || !adjacent(words[b], n)) break;
      // French elides "de" before a vowel: "Institut d'Astrophysique Spatiale".
      // A known acronym that ends the run is a name of its own: "Europäische Weltraumorganisation ESA" is two
      // ("Imperial College Healthcare NHS Trust" is one).
      const lastAcronym = KNOWN.has(n.text) && !HEADS.has(n.text) && !(words[b + 2] && isCap(words[b + 2].text) && adjacent(n, words[b + 2]));
      if ((isCap(n.text) || /^[dl]['’]\p{Lu}/u.test(n.text)) && !/['’]s$/.test(words[b].text) && !DATE_WORD.test(n.text) && !DOC_WORD.test(n.text) && !lastAcronym) {
        b++;
        continue;
      }
      // "Oregon Health & Science University": an ampersand joins two capitalised words of one name.
      if (n.text === '&' && words[b + 2] && isCap(words[b + 2].text) && adjacent(n, words[b + 2])) {
        b += 2;
        continue;
      }
      let c = b + 1;
      while (words[c] && CONNECT_AFTER.has(words[c].text) && adjacent(words[c - 1], words[c])) c++;
      // "Institut für Planetenforschung des Deutschen Zentrums für …": after "des" a run with a head of its own is the
      // parent, a name of its own ("Institut für Geschichte des Mittelalters" stays one).
      if (words[b + 1].text === 'des' && genitiveParent(words, c)) break;
      // "Akademie der Wissenschaften", "Akademie der Naturwissenschaften Schweiz": the sciences in the genitive are part of the name.
      if (words[b + 1].text === 'der' && adjacent(words[b], words[b + 1]) && /wissenschaften$/i.test(words[b + 2]?.text ?? '')) c = b + 2;
      // "Forschungsinstitut für biologischen Landbau", "Institut für angewandte Ökologie": lower-case adjectives after "für".
      if (words[c - 1]?.text === 'für') while (c < words.length - 1 && c - b < 4 && LOWER_ADJECTIVE_DE.test(words[c].text) && adjacent(words[c - 1], words[c])) c++;
      if (c > b + 1 && words[c] && isCap(words[c].text) && adjacent(words[c - 1], words[c]) && !DATE_WORD.test(words[c].text) && !/^(?:Facebook|Twitter|Instagram|YouTube|TikTok|LinkedIn)$/.test(bare(words[c].text))) {
        b = c;
        continue;
      }
      // "Institute for Heart and Lung Research", "Oregon Health and Science University", "Universities of Exeter and Plymouth".
      // "Institute for Heart, Lung and Vascular Research": a comma list of fields inside the name.
      if (words[b + 1].text === ',' && b > i) {
        const e = commaListEnd(words, b, adjacent);
        if (e > b) {
          b = e;
          continue;
        }
      }
      // "Deutsches Zentrum für Luft- und Raumfahrt": a German word cut at its hyphen is finished by the word after "und".
      if (words[b].text.endsWith('-') && /^(?:und|oder)$/.test(words[b + 1].text) && words[b + 2] && isCap(words[b + 2].text) && adjacent(words[b + 1], words[b + 2])) {
        b += 2;
        continue;
      }
      const german = germanFieldEnd(words, i, b, adjacent);
      if (german > b) {
        b = german;
        continue;
      }
      if (words[b + 1].text === 'and') {
        const e = Math.max(b > i ? fieldListEnd(words, b, adjacent) : -1, sharedHeadEnd(words, b, adjacent), pluralPlaceEnd(words, i, b, adjacent));
        if (e > b) {
          b = e;
          continue;
        }
      }
      break;
    }
    // A lone head is no name, unless a proper name is joined to it ("Robert-Koch-Institut", "des Karolinska-Instituts",
    // "Rigshospitalet").
    if (a === i && b === i && !/^\p{Lu}[\p{L}]*-/u.test(head) && !NORDIC_HEAD_RE.test(head)) continue;
    if (lower && !lowerHeadName(words.slice(a, i).map((w) => w.text), sentence.slice(Math.max(0, words[a].start - 6), words[a].start))) continue;
    // "Research Program" is a phrase; "Canadian National Transplant Research Program" is a name.
    if (WEAK_HEADS.has(head) && b === i && (words.slice(a, i).every((w) => GENERIC_LEFT.has(bare(w.text))) || /ing$/.test(words[a].text))) continue;
    // "Merck & Co." is a company; "Co. Kerry" is a county.
    if (head === 'Co' && a === i) continue;
    let start = words[a].start;
    let end = words[b].end;
    let name = sentence.slice(start, end).replace(/['’]s$/, '').replace(/[.,]$/, '');
    const campus = CAMPUS_BASES.test(name) ? CAMPUS.exec(sentence.slice(end)) : null;
    if (campus) {
      name += `, ${campus[1]}`;
      end += campus[0].length;
    }
    end = start + name.length + (campus ? 0 : 0);
    i = b;
    if (/\bJournal\b|^(?:The )?(?:University|Institute|Hospital|College|Center|Centre)$/.test(name)) continue;
    if (notAnOrganisation(name, sentence.slice(Math.max(0, start - 40), start), sentence.slice(end, end + 60))) continue;
    // A reporter's job in a byline: "Health Correspondent", "Science Editor".
    if (JOURNALIST.test(name)) continue;
    if (!taken(start, end)) out.push({ name: germanNominative(name), start, end });
    start = end;
  }
  for (const w of words) {
    const phrase = PHRASES_BY_FIRST.get(w.text)?.find((p) => sentence.startsWith(p, w.start) && !/\p{L}/u.test(sentence[w.start + p.length] ?? ''));
    if (!phrase) continue;
    const end = w.start + phrase.length;
    // A known name wins over a scanned piece of it ("Lung, and Blood Institute" inside the full institute's name).
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= w.start && out[k].end <= end && out[k].end - out[k].start < phrase.length) out.splice(k, 1);
    if (!taken(w.start, end)) out.push({ name: phrase, start: w.start, end });
  }
  words.forEach((w, k) => {
    const t = bare(w.text);
    // "TU Dresden", "FU Berlin", "ETH Zürich": a university's short name with its city.
    const city = words[k + 1];
    if (city && adjacent(w, city) && ((UNIVERSITY_ACRONYM.test(t) && isCap(city.text) && !HEADS.has(bare(city.text)) && !DATE_WORD.test(city.text)) || (SWISS_FEDERAL.test(t) && SWISS_FEDERAL_CITY.test(bare(city.text))))) {
      if (!taken(w.start, city.end)) out.push({ name: sentence.slice(w.start, city.end).replace(/['’]s$/, ''), start: w.start, end: city.end });
      return;
    }
    if (!(KNOWN.has(t) || (t.includes('-') && knownBeforeHyphen(t))) || taken(w.start, w.end)) return;
    // "WHO" is a word in capitals only as the agency; "Lilly" alone must follow "Eli".
    if (t === 'WHO' && w.text.replace(/\.$/, '') !== 'WHO') return;
    if (supplier(sentence.slice(Math.max(0, w.start - 4), w.start), sentence.slice(w.end, w.end + 60))) return;
    const next = words[k + 1] && adjacent(w, words[k + 1]) && t === w.text && isCap(words[k + 1].text) ? words[k + 1] : undefined;
    // "IBM Research Africa", "Microsoft Research": a company's research lab, with the place it names.
    if (next?.text === 'Research') {
      const place = words[k + 2] && adjacent(next, words[k + 2]) && isCap(words[k + 2].text) && !DATE_WORD.test(words[k + 2].text) && !HEADS.has(bare(words[k + 2].text)) ? words[k + 2] : undefined;
      const end = (place ?? next).end;
      out.push({ name: sentence.slice(w.start, end).replace(/['’]s$/, ''), start: w.start, end });
      return;
    }
    // "TUM Campus Straubing": a known university's campus with its place; "RSPB Scotland": a national branch.
    const campus = next?.text === 'Campus' && words[k + 2] && adjacent(next, words[k + 2]) && isCap(words[k + 2].text) ? words[k + 2] : undefined;
    const last = campus ?? (next && BRANCH_PLACE.test(bare(next.text)) ? next : undefined);
    if (last) {
      const name = sentence.slice(w.start, last.end).replace(/[.,;:]$/, '').replace(/['’]s$/, '');
      out.push({ name, start: w.start, end: w.start + name.length });
      return;
    }
    // "NHS Greater Glasgow and Clyde", "NHS Lothian", "NHS Blood and Transplant": a health service's regional or national
    // body is named by the places or the service after it.
    if (t === 'NHS' && next && !DATE_WORD.test(next.text) && !HEADS.has(bare(next.text))) {
      let last = k + 1;
      for (;;) {
        const n = words[last + 1];
        if (n && adjacent(words[last], n) && isCap(n.text) && !DATE_WORD.test(n.text) && !/['’]s$/.test(words[last].text)) last++;
        else if (n?.text === 'and' && words[last + 2] && adjacent(n, words[last + 2]) && isCap(words[last + 2].text) && !HEADS.has(bare(words[last + 2].text))) last += 2;
        else break;
      }
      const end = words[last].end;
      out.push({ name: sentence.slice(w.start, end).replace(/['’]s$/, ''), start: w.start, end });
      return;
    }
    // "Google Play Store", "Apple Watch": a product, not the company as a source.
    if (next && PRODUCT_MAKERS.has(t) && PRODUCT_AFTER.test(next.text)) return;
    // "des NASA-Rovers", "die JAXA-Mission": an acronym opening a German compound names the organisation alone
    // (a company's double name, "Sanofi-Aventis", stays whole).
    // So does a known name before a common German noun: "Empa-Forschende", "Empa-Labor", "Empa-Abteilung".
    const acronym = /^(\p{Lu}{2,}|\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}/u.exec(t)?.[1];
    if (acronym && KNOWN.has(acronym) && (/^\p{Lu}+$/u.test(acronym) || WORD_ACRONYMS.has(acronym) || COMMON_NOUN_DE.test(t))) {
      if (!taken(w.start, w.start + acronym.length)) out.push({ name: acronym, start: w.start, end: w.start + acronym.length });
      return;
    }
    out.push({ name: t, start: w.start, end: w.end });
  });
  return out.sort((x, y) => x.start - y.start);
}

/** One key for the ways stories write the same place ("UC Berkeley", "University of California, Berkeley"). */
export function institutionKey(name: string): string {
  return name
    .replace(/^UC\s+/, 'University of California, ')
    .replace(/^UMass\s+/, 'University of Massachusetts ')
    .replace(/^U\.?\s?S\.?\s+/, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
