/** Tests that throw out capitalised runs that look like an organisation's name but are not one. */
import { HEADS, TAIL_HEADS, WEAK_HEADS } from './institution-words';

// Capitalised words a name never holds: a headline, slogan or menu ("Turning Discovery Into Health").
const TITLE_WORDS = /\s(?:Into|Your|You|How|Why|Is|Are|Was|Were|Our|My|We|Can|Will|Does|It)\s/;
// A job, not a place: "Medical Director", "Research Fellow".
const ROLE_END = /\s(?:Director|Directors|Chair|Co-Chair|Chairman|Chairwoman|Officer|Professor|Dean|President|Fellow|Scientist|Editor|Manager|Researcher|Head)$/;
// "an Affiliate Commission if you buy…": after "a"/"an" and before no noun, a capitalised run is a common noun phrase.
const INDEFINITE_BEFORE = /(?:^|\s)an?\s+$/;
// "Arch Womens Ment Health 2017 Dec;20(1)": a journal's abbreviation in a reference, followed by the year.
const REFERENCE_AFTER = /^\s+(?:19|20)\d{2}(?:[;:]|\s+[A-Z][a-z]{2}\b)/;
const NO_NOUN_AFTER = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:if|and|or|to|for|that|which|when|with|in|on|at|of|by|from|is|was)\b)/;
// "Prize for Excellence in Community Service": the words after an award's "for" name what it honours.
const AWARD_BEFORE = /\b(?:Prize|Awards?|Medal|Fellowship|Scholarship|Lectureship|Honou?r)\s+(?:for|in)\s+(?:[\p{Lu}][\p{L}'’-]*\s+(?:in|of|and|for)\s+)?$/u;
// "Level I Trauma Center" is a rank many hospitals hold; "one of five … Centers" is a category, not one place.
const DESIGNATION = /\bLevel\s+(?:[IV]{1,3}|[1-4])\b/;
const PLURAL_END = /\s(?:Centers|Centres|Hospitals|Clinics|Colleges|Universities|Institutes|Schools)$/;
const COUNT_BEFORE = /\b(?:one of|among|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of|several|many|\d+)\s+(?:(?:of\s+)?the\s+)?(?:only\s+)?$/i;
// A meeting named for its host ("Society of Cardiology Congress", "… Annual Meeting") is an event, not the society.
const EVENT_END = /\s(?:Meeting|Congress|Conference|Symposium|Summit|Convention|Workshop|Sessions|Expo|Festival)$/;
// "Professor of Molecular Medicine": a field inside an academic title.
const CHAIR_BEFORE = /\b(?:Professor|Professorship|Chair|Lecturer|Reader)\s+(?:of|in)\s+$/;
// "SPORE (Special Program of … Excellence) award": a grant scheme, not a place.
const SCHEME = /\s(?:Program|Programme|Initiative|Scheme|Fund)(?:\s+(?:of|for|in)\s.*)?$/;
const GRANT_AFTER = /^\)?\s*(?:awards?|grants?|funding|fellowships?)\b/i;
// "(StataCorp LLC, College Station, TX)": a supplier cited in a methods line, with its town and state.
const SUPPLIER_AFTER = /^,\s+[\p{Lu}][\p{L}.'’ -]{1,30},\s+[\p{Lu}][\p{L}.]*(?:,\s+[\p{Lu}][\p{L}.]*)?\s*\)/u;
/** True when a name sits in brackets before a town and a state or country: equipment or software, not a research place. */
export function supplier(before: string, after: string): boolean {
  return /\(\s*$/.test(before) ? SUPPLIER_AFTER.test(after) : TOWN_BEFORE.test(before) && TOWN_AFTER.test(after);
}
// The town in such a bracket ("College Station" in "(StataCorp LLC, College Station, TX)").
const TOWN_BEFORE = /\([^(),]{2,40},\s*$/;
const TOWN_AFTER = /^,\s+[\p{Lu}][\p{L}.]*(?:,\s+[\p{Lu}][\p{L}.]*)?\s*\)/u;
// "Among College Students" in a Title Case title: people, not a place.
// ("Hospital for Sick Children" keeps its people: a name with "of" or "for" is left alone.)
const PEOPLE_END = /^(?:(?!\s(?:of|for)\s).)*\s(?:Students|Graduates|Undergraduates|Applicants|Athletes|Employees|Workers|Adults|Seniors)$/;
// "the Women's Health Initiative, a long-term study": the story itself says the name is a study.
const STUDY_AFTER = /^\s*,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:study|trial|cohort|survey|project)(?![\p{L}'’])/u;

/** An "&" joins an organisation's name only with a strong head in it ("Oregon Health & Science University"), not "Health & Fitness". */
function ampersandWithoutHead(name: string): boolean {
  if (!name.includes(' & ')) return false;
  return !name.split(/\s+/).some((w) => {
    const t = w.replace(/['’]s$/, '').replace(/\.$/, '');
    // "London School of Hygiene & Tropical Medicine": a school's name is read only as "School of …".
    return (HEADS.has(t) && !WEAK_HEADS.has(t)) || TAIL_HEADS.has(t) || t === 'School' || t === 'Faculty';
  });
}

/** True when the text somewhere calls the name a study ("the Nurses' Sleep Initiative, a long-running study"). */
export function calledAStudy(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (STUDY_AFTER.test(text.slice(at + name.length, at + name.length + 60))) return true;
  return false;
}

/** True when a scanned name is a section, a slogan, a job, an award, a rank, a study or a common noun phrase, not an organisation. */
export function notAnOrganisation(name: string, before: string, after: string): boolean {
  if (ampersandWithoutHead(name)) return true;
  if (DESIGNATION.test(name) || AWARD_BEFORE.test(before) || STUDY_AFTER.test(after) || supplier(before, after)) return true;
  if ((PLURAL_END.test(name) && COUNT_BEFORE.test(before)) || PEOPLE_END.test(name)) return true;
  if (EVENT_END.test(name) || CHAIR_BEFORE.test(before) || (SCHEME.test(name) && GRANT_AFTER.test(after))) return true;
  const spaced = ` ${name} `;
  if (TITLE_WORDS.test(spaced) || ROLE_END.test(name) || REFERENCE_AFTER.test(after)) return true;
  return INDEFINITE_BEFORE.test(before) && NO_NOUN_AFTER.test(after);
}

// Words that open a place's name, not a hospital's ("the New York hospital", "a North London hospital").
const PLACE_OPENER = /^(?:New|North|South|East|West|Central|Northern|Southern|Eastern|Western|Greater|Los|Las|San|Santa)$/;

/**
 * A name before a lower-case head ("the Royal Free hospital", "Addenbury's hospital") counts when it is two or more
 * capitalised words or a possessive; one bare word ("the Leeds hospital") or "a London hospital" is a place.
 */
export function lowerHeadName(words: string[], before: string): boolean {
  if (!words.length || /\ban?\s+$/i.test(before) || PLACE_OPENER.test(words[0])) return false;
  return words.length >= 2 || /['’]s?$/.test(words[0]);
}
