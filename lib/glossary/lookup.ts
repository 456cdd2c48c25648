import type { GlossaryEntry } from './types';
import { phraseKey } from './words';

export interface TermLookup {
  /** The entry for a headword or alias, any case, hyphen or spelling; a plural falls back to its singular. */
  lookup(query: string): GlossaryEntry | undefined;
  /** Up to `limit` headwords close to a query: containing it, or a few letters away. */
  suggest(query: string, limit?: number): string[];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** Headwords and aliases, folded the way the matcher folds them ("T-cells" finds "T cell"). */
export function createTermLookup(entries: GlossaryEntry[]): TermLookup {
  const byForm = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    for (const f of [e.term, ...(e.aliases ?? [])]) {
      const key = phraseKey(f);
      if (key && !byForm.has(key)) byForm.set(key, e);
    }
  }
  return {
    lookup(query) {
      const key = phraseKey(query);
      for (const k of [key, key.replace(/ies$/, 'y'), key.replace(/s$/, ''), key.replace(/es$/, '')]) if (byForm.has(k)) return byForm.get(k);
      return undefined;
    },
    suggest(query, limit = 5) {
      const key = phraseKey(query);
      if (!key) return [];
      const scored: [number, string][] = [];
      for (const [form, entry] of byForm) {
        const score = form.includes(key) || key.includes(form) ? 0 : distance(key, form);
        if (score <= Math.max(2, Math.floor(key.length / 4))) scored.push([score + form.length / 1000, entry.term]);
      }
      scored.sort((a, b) => a[0] - b[0]);
      return [...new Set(scored.map(([, term]) => term))].slice(0, limit);
    },
  };
}
