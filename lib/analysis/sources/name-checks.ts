/** Tests that throw out capitalised runs that look like an organisation's name but are not one. */
import { HEADS, WEAK_HEADS } from './institution-words';

// Capitalised words a name never holds: a headline, slogan or menu ("Turning Discovery Into Health").
const TITLE_WORDS = /\s(?:Into|Your|You|How|Why|Is|Are|Was|Were|Our|My|We|Can|Will|Does|It)\s/;
// A job, not a place: "Medical Director", "Research Fellow".
const ROLE_END = /\s(?:Director|Directors|Chair|Co-Chair|Chairman|Chairwoman|Officer|Professor|Dean|President|Fellow|Scientist|Editor|Manager|Researcher|Head)$/;
// "an Affiliate Commission if you buy…": after "a"/"an" and before no noun, a capitalised run is a common noun phrase.
const INDEFINITE_BEFORE = /(?:^|\s)an?\s+$/;
// "Arch Womens Ment Health 2017 Dec;20(1)": a journal's abbreviation in a reference, followed by the year.
const REFERENCE_AFTER = /^\s+(?:19|20)\d{2}(?:[;:]|\s+[A-Z][a-z]{2}\b)/;
const NO_NOUN_AFTER = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:if|and|or|to|for|that|which|when|with|in|on|at|of|by|from|is|was)\b)/;

/** An "&" joins an organisation's name only with a strong head in it ("Oregon Health & Science University"), not "Health & Fitness". */
function ampersandWithoutHead(name: string): boolean {
  if (!name.includes(' & ')) return false;
  return !name.split(/\s+/).some((w) => {
    const t = w.replace(/['’]s$/, '').replace(/\.$/, '');
    return HEADS.has(t) && !WEAK_HEADS.has(t);
  });
}

/** True when a scanned name is a section, a slogan, a job or a common noun phrase, not an organisation. */
export function notAnOrganisation(name: string, before: string, after: string): boolean {
  if (ampersandWithoutHead(name)) return true;
  const spaced = ` ${name} `;
  if (TITLE_WORDS.test(spaced) || ROLE_END.test(name) || REFERENCE_AFTER.test(after)) return true;
  return INDEFINITE_BEFORE.test(before) && NO_NOUN_AFTER.test(after);
}
