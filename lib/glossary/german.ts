import type { GlossaryEntry } from './types';
import { entries as climateEarth } from './german/climate-earth';
import { entries as ecologyEvolution } from './german/ecology-evolution';
import { entries as heartAndMedicines } from './german/heart-and-medicines';
import { entries as lifeSciences } from './german/life-sciences';
import { entries as medicine } from './german/medicine';
import { entries as methods } from './german/methods';
import { entries as neuroscienceNutrition } from './german/neuroscience-nutrition';
import { entries as physicalSciences } from './german/physical-sciences';
import { entries as technology } from './german/technology';

/**
 * German entries, used on pages whose language is German; one file per group of fields under german/.
 * Headwords are written as German writes them (nouns with a capital). The matcher forms German plurals and case
 * endings of the last word only (-e, -en, -n, -er, -s, -es), and folds umlauts, so "Löcher" is "Loch" + "er";
 * other plurals ("Viren") and adjectives in their other endings ("der randomisierten Studie") are aliases.
 */
export const entries: GlossaryEntry[] = [
  ...methods,
  ...medicine,
  ...heartAndMedicines,
  ...lifeSciences,
  ...neuroscienceNutrition,
  ...physicalSciences,
  ...climateEarth,
  ...ecologyEvolution,
  ...technology,
];
