import { ALL_ENTRIES } from '../glossary/index';
import { createTermLookup } from '../glossary/lookup';
import type { GlossaryEntry } from '../glossary/types';
import type { Io } from './main';

function describe(e: GlossaryEntry): string {
  const lines = [`${e.term} (${e.field})`, `  ${e.definition}`];
  if (e.aliases?.length) lines.push(`  Also written: ${e.aliases.join(', ')}`);
  if (e.seeAlso?.length) lines.push(`  See also: ${e.seeAlso.join(', ')}`);
  return lines.join('\n');
}

/** `caveat glossary [TERM] [--json]`: one entry by headword or alias, or every entry. */
export function glossaryCommand(term: string | undefined, json: boolean, io: Io): number {
  if (term === undefined) {
    const sorted = [...ALL_ENTRIES].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
    if (json) io.out(JSON.stringify(sorted, null, 2));
    else io.out(sorted.map((e) => `${e.term} — ${e.definition}`).join('\n'));
    return 0;
  }
  const terms = createTermLookup(ALL_ENTRIES);
  const entry = terms.lookup(term);
  if (!entry) {
    const close = terms.suggest(term);
    io.err(`caveat: no entry for ${term}${close.length ? `\nDid you mean: ${close.join(', ')}?` : ''}`);
    return 1;
  }
  io.out(json ? JSON.stringify(entry, null, 2) : describe(entry));
  return 0;
}
