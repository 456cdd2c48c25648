/** The list of journals Caveat knows, and the token trie that finds their names (one JournalIndex, made and passed). */
import clinical from './clinical-behaviour';
import earth from './earth-environment';
import ecology from './ecology-evolution';
import engineering from './engineering-computing';
import life from './life-sciences';
import medicineBroad from './medicine-broad';
import medicineGeneral from './medicine-general';
import medicineOrgans from './medicine-organs';
import medicineSpecialty from './medicine-specialty';
import physical from './physical-sciences';
import social from './social-nutrition';
import astronomy from './astronomy-space';
import physics from './physics-branches';
import chemistry from './chemistry-materials';
import earthClimate from './earth-climate-ocean';
import zoology from './zoology-botany';
import archaeology from './archaeology-anthropology';
import computing from './computing-ai';
import energy from './engineering-energy';
import mathematics from './mathematics-statistics';
import psychology from './psychology-neuroscience';
import families from './medicine-families';
import medicineMore from './medicine-more';
import care from './care-professions';
import society from './society-health';
import german from './german-language';

/** One journal: its canonical name and the other ways stories write it. */
export interface Journal {
  name: string;
  aliases: string[];
  /** German case forms ("im Deutschen Ärzteblatt"), derived or written "=Form" in a list: found like aliases, reported as the name. */
  declined?: string[];
}

/** Every journal the matcher knows, parsed from the field lists ("Name|Alias|=Case form" lines). */
export function readJournals(): Journal[] {
  return [medicineGeneral, medicineBroad, medicineSpecialty, medicineOrgans, life, ecology, physical, earth, engineering, social, clinical, astronomy, physics, chemistry, earthClimate, zoology, archaeology, computing, energy, mathematics, psychology, families, medicineMore, care, society, german]
    .flatMap((block) => block.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...spellings] = line.split('|').map((s) => s.trim());
      const aliases = spellings.filter((a) => !a.startsWith('='));
      const written = spellings.filter((a) => a.startsWith('=')).map((a) => a.slice(1));
      const declined = [...new Set([...written, ...[name, ...aliases].flatMap(germanCaseForms)])];
      return declined.length ? { name, aliases, declined } : { name, aliases };
    });
}

/** The last word of a German journal's name: a noun a German adjective before it agrees with. */
const GERMAN_HEAD = /(?:schrift|schau|anzeiger|mitteilungen|klinik|praxis|forschung|nachrichten|berichte|blätter|blatt|hefte|jahrbuch|medizin|archiv|chemie|physik|technik)$/i;
/** A German adjective in the nominative ("Meteorologische", "Archäologischer", "Deutsches"). */
const GERMAN_ADJECTIVE = /^(\p{L}+(?:isch|lich|ig|al|ell|är|iv|sch))(?:e|er|es)$/u;
/** Words before them that keep their form: a city's "Wiener", an owner's "Petermanns". */
const GERMAN_FIXED = /^\p{Lu}\p{Ll}+(?:er|s)$/u;

/**
 * The form a German journal's name takes after "in der", "im", "des" ("in der Meteorologischen Zeitschrift", "im
 * Archäologischen Anzeiger"): each adjective ends in -en. Names with no such adjective, or not ending in a German
 * noun, have none; the "=Form" lines of the list add what this misses (a genitive -s, "der Angewandten Chemie").
 */
export function germanCaseForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2 || !GERMAN_HEAD.test(words[words.length - 1])) return [];
  // Only the adjectives that open the name: "Zeitschrift für Physikalische Chemie" keeps its own case after "für".
  let lead = 0;
  while (lead < words.length - 1 && (GERMAN_ADJECTIVE.test(words[lead]) || GERMAN_FIXED.test(words[lead]))) lead++;
  const declined = words.map((w, i) => {
    const m = i < lead ? GERMAN_ADJECTIVE.exec(w) : null;
    return m ? `${m[1]}en` : w;
  });
  return declined.some((w, i) => w !== words[i]) ? [declined.join(' ')] : [];
}

/** Words and "&" as tokens; punctuation (dots of "N. Engl. J. Med.", colons, dashes) separates them. */
export const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|&/gu;

/** Matching key of one token: lower case, "&" read as "and", apostrophes dropped. */
export const keyOf = (token: string): string => {
  if (token === '&') return 'and';
  const low = token.toLowerCase();
  // Most tokens have no apostrophe: skip the replace for them.
  return low.includes("'") || low.includes('’') ? low.replace(/['’]/g, '') : low;
};

/** The matching tokens of a name, without a leading "The". */
export function nameTokens(name: string): string[] {
  const tokens = name.match(TOKEN) ?? [];
  return tokens[0]?.toLowerCase() === 'the' && tokens.length > 1 ? tokens.slice(1) : tokens;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set where a name ends: which journal, the name's tokens as written (for the case check), and whether it is a case form. */
  end?: { journal: number; written: string[]; declined?: boolean };
}

function buildTrie(journals: Journal[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  journals.forEach((j, index) => {
    for (const variant of [j.name, ...j.aliases, ...(j.declined ?? [])]) {
      const written = nameTokens(variant);
      let node = root;
      for (const w of written) {
        const k = keyOf(w);
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map() }));
        node = child;
      }
      // The first journal to claim a spelling keeps it; the list test keeps spellings unique.
      node.end ??= j.declined?.includes(variant) ? { journal: index, written, declined: true } : { journal: index, written };
    }
  });
  return root;
}

/** The journals and the token trie of every name and alias; an analyzer makes one and passes it to what reads journals. */
export interface JournalIndex {
  journals: Journal[];
  trie: TrieNode;
}

/** The index of the whole list, or of a given list (a measurement leaves a story's own journals out). */
export function createJournalIndex(journals: Journal[] = readJournals()): JournalIndex {
  return { journals, trie: buildTrie(journals) };
}

/** Canonical name for a journal name as a page writes it (meta tags, JSON-LD), or null if unknown. */
export function canonicalJournal(index: JournalIndex, written: string): string | null {
  let node: TrieNode | undefined = index.trie;
  for (const t of nameTokens(written)) {
    node = node.next.get(keyOf(t));
    if (!node) return null;
  }
  return node.end ? index.journals[node.end.journal].name : null;
}
