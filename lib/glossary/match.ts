import type { GlossaryHit } from '../analysis/types';

/** Placeholder until the glossary matcher lands. */
export function findGlossaryTerms(_text: string): GlossaryHit[] {
  return [];
}
