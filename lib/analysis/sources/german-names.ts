/** German institution names in the nominative, as a reader looks them up, whatever case the sentence puts them in. */

// Heads by gender: "die Technische Universität", "das Deutsche Zentrum"; a compound takes its last part's gender.
const FEMININE = /(?:universität|hochschule|klinik|stiftung|gesellschaft|gemeinschaft|akademie|universitätsmedizin|charité|warte|anstalt|organisation|agentur|sammlung|kommission|behörde|fakultät)$/i;
// "vom Deutschen Wetterdienst" → "Deutscher Wetterdienst"; "des Fachbereichs Psychologie" → "Fachbereich Psychologie".
const MASCULINE = /(?:dienst|fachbereich|lehrstuhl)(?:e?s)?$/i;
// Plural heads name themselves without an article: "der Universitären Psychiatrischen Kliniken" → "Universitäre Psychiatrische Kliniken".
const PLURAL = /(?:kliniken)$/i;
const NEUTER = /(?:[Ii]nstitut|[Zz]entrum|[Kk]linikum|[Kk]rankenhaus|[Ll]aboratorium|[Mm]useum|amt)s?$|[Kk]rankenhauses$/;
// The genitive "-s" of a neuter head: "des Karolinska-Instituts", "des Deutschen Krebsforschungszentrums", "des Landesamts".
const GENITIVE = /^(.*(?:[Ii]nstitut|[Zz]entrum|[Kk]linikum|[Ll]aboratorium|amt))s$|^(.*[Kk]rankenhaus)es$/;
// A declined adjective before the head: "der Technischen", "dem Deutschen", "der Freien".
const DECLINED = /^(\p{Lu}[\p{L}-]*?)(?:en|em|er)$/u;
// Only adjectives are declined: a word that ends in "-isch", "-lich", "-är", "-al" ("Nationalen") or is a known adjective of institutions' names.
const ADJECTIVE = /(?:isch|lich|ig|är|al|Technisch|Frei|Deutsch|Medizinisch|Europäisch|Katholisch|Evangelisch|Leibniz|Hoch|Neu|Alt|Groß|Königlich)$/u;

/** "Technischen Universität München" → "Technische Universität München"; "Deutschen Zentrum für …" → "Deutsches Zentrum für …". */
export function germanNominative(name: string): string {
  const words = name.split(' ');
  const h = words.findIndex((w) => FEMININE.test(w) || NEUTER.test(w) || PLURAL.test(w) || MASCULINE.test(w));
  if (h < 0) return name;
  const masculine = MASCULINE.test(words[h]);
  const neuter = !masculine && !FEMININE.test(words[h]) && !PLURAL.test(words[h]);
  if (masculine) words[h] = words[h].replace(/(dienst|fachbereich|lehrstuhl)e?s$/i, '$1');
  if (neuter) {
    const g = GENITIVE.exec(words[h]);
    if (g) words[h] = g[1] ?? g[2];
  }
  for (let k = h - 1; k >= 0; k--) {
    // After "das", a neuter head's adjective ends in "-e": "das Deutsche Zentrum für …" → "Deutsches Zentrum für …".
    const weak = neuter ? /^(\p{Lu}[\p{L}-]*?)e$/u.exec(words[k]) : null;
    if (weak && ADJECTIVE.test(weak[1])) {
      words[k] = `${weak[1]}es`;
      continue;
    }
    const m = DECLINED.exec(words[k]);
    if (!m || !ADJECTIVE.test(m[1])) break;
    words[k] = `${m[1]}${neuter ? 'es' : masculine ? 'er' : 'e'}`;
  }
  return words.join(' ');
}
