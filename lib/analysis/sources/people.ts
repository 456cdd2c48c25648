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

// Name parts: "Harris", "Kim-Shapiro", "O'Day", "JoAnn", "Kühtreiber"; initials "W." or "J"; particles "van", "de".
const PART = String.raw`[\p{Lu}](?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*`;
const INITIAL = String.raw`[\p{Lu}]\.?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|al|ten|ter|St\.)`;
const NAME = String.raw`(?:${PART}|[\p{Lu}]\.)(?:\s+(?:${INITIAL}|${PART}|${PARTICLE})){0,3}\s+${PART}`;
const TITLE = String.raw`(?:Dr|Prof|Professor|Doctor)\.?\s+`;
const CRED = String.raw`,?\s+(?:M\.?D\.?|Ph\.?\s?D\.?|MPH|M\.?P\.?H\.?|DPhil|D\.?O\.?|FRCP|RN|MBBS|DSc|ScD|MSc|Pharm\.?D\.?|DVM)\b`;
const SPEECH = '(?:said|says|confirms|confirmed|likens|likened|attributes|attributed|estimated|estimates|found|finds|reported|reports|describes|described|calls|called|cautioned|told|explained|explains|added|adds|noted|notes|wrote|writes|cautioned|cautions|warned|warns|agreed|agrees|argued|argues|emphasi[sz]ed|stressed|commented|observed|acknowledged|continued|predicted|suggested|concluded|pointed out|recalled|believes|thinks)';
const ROLE_WORD = String.raw`(?:professor|researcher|scientist|author|co-?author|director|chief|head|chair|chairman|chairwoman|physician|doctor|surgeon|[a-z]*ologist|[a-z]*ician|[a-z]*iatrist|investigator|fellow|lecturer|student|postdoc(?:toral)?|dean|specialist|expert|nutritionist|dietitian|statistician|economist|engineer|chemist|physicist|astronomer|biologist|ecologist|geologist|geneticist|epidemiologist|oncologist|neuroscientist|psychologist|meteorologist|glaciologist|archaeologist|climatologist|modeller|modeler|pharmacist|nurse|advis[eo]r|consultant|president|officer|founder|CEO|head|leader|member|manager|curator|analyst)`;

const SCIENCE_ROLE = String.raw`(?:led by|lead author|first author|senior author|co-?authors?|study author|corresponding author|researchers?|scientists?|professor|physician|surgeon|doctor|[a-z]*ologists?|[a-z]*iatrist|investigator|director|colleagues?|economist|engineer|chemist|physicist|astronomer|biologist|ecologist|geologist|geneticist|epidemiologist|neuroscientist|oncologist|nutritionist|dietitian|statistician|postdoc|student|fellow|according to)`;

// Compiled once. Candidate names are found in one pass; these small anchored patterns judge the words around each.
const NAME_ANY = new RegExp(`(?<![\\p{L}.])(?:${TITLE})?(${NAME})`, 'gu');
const BEFORE_TITLE = new RegExp(`\\b${TITLE}$`, 'u');
const AFTER_CRED = new RegExp(`^${CRED}`, 'u');
const AFTER_APPOSITIVE = new RegExp(`^(?:\\s*\\([^)]{0,60}\\))?,\\s+(?:now\\s+)?(?:(?:a|an|the|who|is|was)\\s+)?(?:[\\p{L}'’-]+\\s+){0,6}?${ROLE_WORD}\\b`, 'u');
const BEFORE_ROLE = new RegExp(`\\b${SCIENCE_ROLE}\\s*,?\\s+(?:(?:like|such as|including)\\s+)?$`, 'u');
const AFTER_ET_AL = /^\s+(?:and (?:his|her|their) (?:colleagues|team|co-?workers)|and colleagues|et al\b)/;
const AFTER_SAID = new RegExp(`^(?:,[^,]{0,160},)?\\s+${SPEECH}\\b`, 'u');
const BEFORE_SAID = new RegExp(`\\b${SPEECH}\\s+$`, 'u');
const AFTER_OF = /^,?\s+(?:of|from|at|with)\s+(?:the\s+)?/;
const LIST_CUE = /\b(?:(?:co-?authors?|authors|researchers|team members|collaborators|colleagues|team)\b[^.;:]{0,60}?(?:\b(?:include|included|includes|including|are|were)\b:?|:|,)|\b(?:co-?authored|written|conducted|carried out|led|headed|coordinated) by)\s+/gi;
const LIST_ITEM = new RegExp(`^(?:(?:[\\p{Ll}-]+|PhD|Ph\\.D\\.)\\s+){0,3}(?:${TITLE})?(${NAME})`, 'u');
const LIST_SPLIT = /,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+/;
const CAPITAL_WORD = /(?<![\p{L}'’.-])[\p{Lu}](?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]+/gu;
const SURNAME_APPOSITIVE = new RegExp(`^,\\s+(?:now\\s+)?(?:a|an|the|who is|who was)\\s+(?:[\\p{L}-]+\\s+){0,5}?${ROLE_WORD}\\b`, 'u');
const AFTER_SAID_SHORT = new RegExp(`^\\s+${SPEECH}\\b`, 'u');
/** Capitalised sentence openers that a name pattern would otherwise swallow ("Researchers Jane Doe …"). */
const LEAD_STRIP = new Set(['Researchers', 'Scientists', 'Researcher', 'Scientist', 'Professor', 'Doctor', 'Author', 'Co-author', 'Biologist', 'Physicist', 'Chemist', 'Epidemiologist', 'Economist', 'Engineer', 'Astronomer', 'Geologist', 'Ecologist', 'When', 'But', 'And', 'While', 'After', 'As', 'Then', 'Still', 'Now', 'So', 'Yet', 'Both', 'Meanwhile', 'Says', 'Said', 'According', 'Director', 'Lead', 'Senior']);
// Words before a name that make it a patient, relative, politician, editor or addressee, not a scientist.
const LAY_BEFORE = /\b(?:patients?|participants?|volunteers?|mother|father|wife|husband|son|daughter|grandmother|grandfather|resident|senator|sen\.|governor|gov\.|mayor|president|minister|secretary|spokes(?:person|man|woman)|congressman|congresswoman|rep\.|actor|singer|player|coach|CEO|chief executive|edited by|letter to)\s+$/i;
const ORG_BEFORE = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:(?:Dr|Prof|Professor)\.?\s+)?$/u;
const LAY_APPOSITIVE = /^,\s+(?:(?:who|is|was|now|the|a|an|acting|former)\s+)*(?:[\p{L}&'’-]+\s+){0,5}?(?:secretary|senator|governor|mayor|minister|spokes(?:person|man|woman)|lawyer|attorney|congress(?:man|woman)|patient|mother|father|CEO|chief executive|executive|acting director|director of (?:communications|information|policy|public affairs|marketing|advocacy)|president of the (?:foundation|company|firm|charity))\b/iu;
// "estimates Evan Roe, CEO of …": someone who gives an estimate or a finding speaks as a researcher, whatever the job.
const FINDING_BEFORE = /\b(?:estimates|estimated|calculates|calculated|measured|found|finds|modell?ed|analy[sz]ed)\s+$/;
// "Scientists at Blue Harbor said", "Research from Blue Harbor found", "Blue Harbor said its": the sentence treats the name as a place.
const ORG_PLACE_BEFORE = /\b(?:research|researchers|scientists|data|figures|analysts|experts|staff|team|doctors|engineers)\s+(?:at|from)\s+$/i;
const ORG_SPEECH_AFTER = new RegExp(`^\\s+${SPEECH}\\s+(?:(?:that|in|on)\\s+)?its\\b`, 'u');
const AGE_AFTER = /^,\s+\d{1,3}\b/;
const ORDINAL_BEFORE = /\b\d+(?:st|nd|rd|th)\s+$/;

const NOT_NAME_WORDS = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'New North South East West United National American British European International Science Research Health Medical Medicine Cancer Journal The This That ' +
    'These Those University Institute Hospital College Center Centre School Clinic Foundation Department Society Association Agency Laboratory Lab Council ' +
    'San Los Las Hong Saint Santa Lake Mount River Street County City State Park Island Islands Sea Ocean Covid Alzheimer Parkinson Nobel Prize Award ' +
    'Nature Cell Lancet Press Release Study Trial Team Group Program Network Service Office Ministry Commission Court Senate House Federal ' +
    'Associated Reuters Getty Images Photo Credit Courtesy Source Read More Related Sign Subscribe Share Twitter Facebook Inc Corp Ltd Express Times Post ' +
    'Daily Weekly Magazine News Clinical Trials Gov Kingdom Republic Royal General Memorial Professor Professorship Associate Adjunct Assistant Chief Officer Technology Task Force Services Initiative Order Failure Education Fellow Chair Director Dean Emeritus President Vice Executive Distinguished Endowed Children Women Men Boston Chicago London Paris Berlin Tokyo Texas California ' +
    'Faso Leone Rica Lanka Arabia Zealand Africa America Emirates Korea Guinea Verde Salvador Delhi Aires Janeiro Paulo Francisco Diego Angeles Vegas Orleans Jersey Hampshire Carolina Dakota Virginia Oregon Florida Ohio Arizona Colorado Utah Nevada Idaho Montana Alaska Hawaii Iowa Kansas Nebraska Oklahoma Arkansas Louisiana Alabama Tennessee Kentucky Indiana Illinois Wisconsin Minnesota Missouri Maryland Pennsylvania Massachusetts Connecticut Ontario Quebec Island Coast Valley Bay Peninsula Basin Desert Mountains Webb Hubble Space Telescope Station Earth Mars Moon Sun').split(' '),
);

// peopleIn and namesIn both scan every sentence for names: the scan is kept for the second pass (bounded).
const NAME_SCANS = new Map<string, RegExpMatchArray[]>();
/** Starts a new article: earlier sentences' scans are not needed again. */
export function clearNameScans(): void {
  NAME_SCANS.clear();
}
function nameMatches(sentence: string): RegExpMatchArray[] {
  let ms = NAME_SCANS.get(sentence);
  if (!ms) {
    if (NAME_SCANS.size > 4000) NAME_SCANS.clear();
    NAME_ANY.lastIndex = 0;
    ms = [...sentence.matchAll(NAME_ANY)];
    NAME_SCANS.set(sentence, ms);
  }
  return ms;
}

function plausibleName(name: string): boolean {
  const parts = name.split(/\s+/);
  if (parts.length < 2 || parts.length > 5) return false;
  return !parts.some((p) => NOT_NAME_WORDS.has(p.replace(/['’]s$/, '').replace(/\.$/, '')));
}

function roleFrom(window: string, before: string): string | undefined {
  const w = `${before} ${window}`.toLowerCase();
  if (/\bnot involved|n[o’']t involved|was not part of|wasn[’']t part of|uninvolved|not (?:part|one) of the (?:study|research|team)|did not take part|independent expert/.test(w)) return 'not involved in the study';
  if (/\bsenior author|principal investigator|corresponding author|senior researcher on|who supervised/.test(w)) return 'senior author';
  if (/\b(?:lead|first)(?: study)? author|led the (?:study|research|work|team|trial|project)|who led/.test(w) || /\b(?:led|headed) by\s*(?:(?:Dr|Prof|Professor)\.?\s*)?$/i.test(before)) return 'lead author';
  if (/\bco-?authors?\b|\bauthors? of the (?:study|paper|report)|study author/.test(w)) return 'study co-author';
  if (/\bcommenting|\bcommented\b|who reviewed the (?:study|findings|paper)/.test(w)) return 'commenting';
  return undefined;
}

/** People named as scientists in one sentence. */
export function peopleIn(sentence: string, institutions: InstitutionMention[] = institutionsIn(sentence)): PersonMention[] {
  const found = new Map<string, PersonMention>();
  const add = (name: string, at: number, strong: boolean, beforeWindow = '') => {
    const clean = name.replace(/['’]s$/, '').trim();
    if (!plausibleName(clean)) return;
    const after = sentence.slice(at + name.length);
    if (AGE_AFTER.test(after)) return;
    // The appositive: up to the next clause that starts another name or the sentence end.
    const window = after.slice(0, 160).split(/[;(]|\s[—–]\s|,\s+(?:and\s+)?(?:said|says)\b/)[0];
    const role = roleFrom(window.split(/,\s+(?=[\p{Lu}][\p{Ll}]+\s+[\p{Lu}])/u)[0], beforeWindow || sentence.slice(Math.max(0, at - 40), at));
    const affiliation =
      institutions.find((i) => i.start >= at + name.length && i.start <= at + name.length + Math.min(window.length + 2, 140))?.name ??
      // "Tufts University biologist Michael Levin", "Stanford's Jane Roe": the institution just before the name.
      institutions.find((i) => i.end <= at && at - i.end <= 40 && ORG_BEFORE.test(sentence.slice(i.end, at)))?.name;
    const prev = found.get(clean);
    if (prev) {
      prev.strong ||= strong;
      prev.role ??= role;
      prev.affiliation ??= affiliation;
      return;
    }
    found.set(clean, { name: clean, evidence: sentence, strong, role, affiliation });
  };
  for (const m of nameMatches(sentence)) {
    let name = m[1];
    let at = m.index! + m[0].length - name.length;
    const lead = /^(\S+)\s+/.exec(name);
    if (lead && LAY_BEFORE.test(`${lead[0]}`)) continue;
    if (lead && LEAD_STRIP.has(lead[1]) && name.split(/\s+/).length > 2) {
      at += lead[0].length;
      name = name.slice(lead[0].length);
    }
    const before = sentence.slice(Math.max(0, at - 60), at);
    // "the 78th Scientific Sessions": an ordinal before the words makes them an event.
    if (LAY_BEFORE.test(before) || ORDINAL_BEFORE.test(before)) continue;
    const after = sentence.slice(at + name.length, at + name.length + 220);
    const of = AFTER_OF.exec(after);
    const orgAfter = !!of && institutions.some((i) => i.start === at + name.length + of[0].length);
    const titled = m[0] !== m[1] || BEFORE_TITLE.test(before) || AFTER_CRED.test(after);
    // "Alex Azar, the Health and Human Services secretary": the story says this is not a scientist.
    if (!titled && LAY_APPOSITIVE.test(after) && !FINDING_BEFORE.test(before)) continue;
    if (!titled && !/['’]s$/.test(name) && (ORG_PLACE_BEFORE.test(before) || ORG_SPEECH_AFTER.test(after))) continue;
    const strong = titled || AFTER_APPOSITIVE.test(after) || BEFORE_ROLE.test(before) || AFTER_ET_AL.test(after) || orgAfter;
    if (strong || AFTER_SAID.test(after) || BEFORE_SAID.test(before)) add(name, at, strong, before);
  }
  LIST_CUE.lastIndex = 0;
  for (const m of sentence.matchAll(LIST_CUE)) {
    let at = m.index! + m[0].length;
    let misses = 0;
    for (const item of sentence.slice(at).split(LIST_SPLIT).slice(0, 16)) {
      const hit = LIST_ITEM.exec(item);
      const offset = sentence.indexOf(item, at);
      if (hit && offset >= 0) {
        add(hit[1], offset + hit[0].length - hit[1].length, true, m[0]);
        misses = 0;
      } else if (++misses > 1) break;
      if (offset >= 0) at = offset + item.length;
    }
  }
  return [...found.values()];
}

/** Every full name written in a sentence (plausible ones), to resolve later surname-only mentions. */
export function namesIn(sentence: string): string[] {
  return nameMatches(sentence)
    .filter((m) => !LAY_BEFORE.test(sentence.slice(Math.max(0, m.index! - 60), m.index!)))
    .map((m) => m[1])
    .filter((n) => plausibleName(n) && !AGE_AFTER.test(sentence.slice(sentence.indexOf(n) + n.length)));
}

/** Surnames used alone for a scientist ("Dr. Smith", "Smith, a biologist") or a speaker ("Smith said"). */
export function surnamesIn(sentence: string): { surname: string; strong: boolean }[] {
  const out: { surname: string; strong: boolean }[] = [];
  CAPITAL_WORD.lastIndex = 0;
  for (const m of sentence.matchAll(CAPITAL_WORD)) {
    const surname = m[0].replace(/['’]s$/, '');
    // The cheap word-list test first: these words are never surnames.
    if (NOT_NAME_WORDS.has(surname)) continue;
    const at = m.index!;
    const after = sentence.slice(at + m[0].length, at + m[0].length + 160);
    // Part of a longer capitalised name: the full-name pass handles it.
    if (/^\s[\p{Lu}]/u.test(after)) continue;
    const before = sentence.slice(Math.max(0, at - 40), at);
    const titled = BEFORE_TITLE.test(before);
    if (!titled && /[\p{Lu}][\p{L}'’-]*\s$/u.test(before)) continue;
    if (titled || SURNAME_APPOSITIVE.test(after)) out.push({ surname, strong: true });
    else if (AFTER_SAID_SHORT.test(after) || (/^[.,]/.test(after) && BEFORE_SAID.test(before))) out.push({ surname, strong: false });
  }
  return out;
}
