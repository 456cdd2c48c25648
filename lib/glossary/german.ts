import type { GlossaryEntry } from './types';
import { entries as lifeSciences } from './german/life-sciences';
import { entries as medicine } from './german/medicine';
import { entries as methods } from './german/methods';

/**
 * German entries, used on pages whose language is German, one file per group of fields under german/.
 * Headwords are written as German writes them (nouns with a capital); plurals the matcher does not form itself
 * and adjectives in their other endings ("der randomisierten Studie") are aliases: it forms plurals of the last word only.
 */
const rest: GlossaryEntry[] = [
  {
    term: 'Demenz',
    aliases: ['Demenzen'],
    field: 'neuroscience',
    lang: 'de',
    definition: 'Ein Verlust von Gedächtnis und Denken, so stark, dass der Alltag schwerfällt. Alzheimer ist die häufigste Form.',
  },
  {
    term: 'Treibhausgas',
    aliases: ['Treibhausgase'],
    field: 'climate-earth',
    lang: 'de',
    definition: 'Ein Gas wie Kohlendioxid, das Wärme in der Luft hält und so die Erde aufheizt.',
  },
  {
    term: 'Klimawandel',
    field: 'climate-earth',
    lang: 'de',
    definition: 'Die Erwärmung der Erde über Jahrzehnte, vor allem weil Menschen Kohle, Öl und Gas verbrennen.',
  },
];

export const entries: GlossaryEntry[] = [...methods, ...medicine, ...lifeSciences, ...rest];
