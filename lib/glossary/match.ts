import type { GlossaryHit } from '../analysis/types';
import { ALL_ENTRIES } from './index';
import { createMatcher, type Matcher } from './matcher';

let matcher: Matcher | null = null;

/**
 * Glossary terms in a text, in order of first appearance. The trie over every
 * entry is built on first use and kept; each call reads the text once.
 */
export function findGlossaryTerms(text: string): GlossaryHit[] {
  matcher ??= createMatcher(ALL_ENTRIES);
  return matcher(text);
}
