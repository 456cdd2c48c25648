/**
 * Which animal an animal study used, for a verdict a reader recognises ("Study in mice").
 * Counted over the sentences that decided the study type; English names, plural as stories write them.
 */
const SPECIES: [name: string, pattern: RegExp][] = [
  ['mice', /\b(mice|mouse|murine)\b/gi],
  ['rats', /\brats?\b/gi],
  ['monkeys', /\b(monkeys?|macaques?|primates?|marmosets?)\b/gi],
  ['pigs', /\b(pigs?|piglets?|swine)\b/gi],
  ['dogs', /\b(dogs?|canines?)\b/gi],
  ['zebrafish', /\bzebrafish\b/gi],
  ['fruit flies', /\b(fruit flies|fruit fly|drosophila)\b/gi],
  ['worms', /\b(worms?|c\. elegans|nematodes?)\b/gi],
  ['ferrets', /\bferrets?\b/gi],
  ['hamsters', /\bhamsters?\b/gi],
  ['sheep', /\b(sheep|lambs?|ewes?)\b/gi],
  ['rabbits', /\brabbits?\b/gi],
];

/** The species named most often in these sentences, or undefined when none is named. */
export function animalSpecies(sentences: string[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  const text = sentences.join(' ');
  for (const [name, pattern] of SPECIES) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}
