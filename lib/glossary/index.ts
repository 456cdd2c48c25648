import { entries as astronomy } from './astronomy';
import { entries as cancer } from './cancer';
import { entries as cardioMetabolic } from './cardio-metabolic';
import { entries as chemistryMaterials } from './chemistry-materials';
import { entries as climateEarth } from './climate-earth';
import { entries as computing } from './computing';
import { entries as drugsRegulation } from './drugs-regulation';
import { entries as ecologyEvolution } from './ecology-evolution';
import { entries as engineering } from './engineering';
import { entries as genetics } from './genetics';
import { entries as german } from './german';
import { entries as immunology } from './immunology';
import { entries as infectiousDisease } from './infectious-disease';
import { entries as medicine } from './medicine';
import { entries as methods } from './methods';
import { entries as neuroscience } from './neuroscience';
import { entries as nutrition } from './nutrition';
import { entries as physics } from './physics';
import type { GlossaryEntry, GlossaryField } from './types';

export type { GlossaryEntry, GlossaryField } from './types';
export { createGlossaryMatcher, type GlossaryMatcher } from './matcher';

/** Every field's entries, one list; order decides nothing but listing order. */
export const FIELDS: Record<GlossaryField, GlossaryEntry[]> = {
  methods,
  immunology,
  cancer,
  genetics,
  'infectious-disease': infectiousDisease,
  neuroscience,
  'cardio-metabolic': cardioMetabolic,
  nutrition,
  'drugs-regulation': drugsRegulation,
  medicine,
  astronomy,
  'climate-earth': climateEarth,
  physics,
  'chemistry-materials': chemistryMaterials,
  'ecology-evolution': ecologyEvolution,
  computing,
  engineering,
};

/** Entries in German, for German pages (each names its field); English ones come first, so an English lookup finds English. */
export const GERMAN_ENTRIES: GlossaryEntry[] = german;

export const ALL_ENTRIES: GlossaryEntry[] = [...Object.values(FIELDS).flat(), ...GERMAN_ENTRIES];
