import { ALL_ENTRIES } from './index';
import { phraseKeys } from './tokenize';
import type { GlossaryEntry } from './types';

let byForm: Map<string, GlossaryEntry> | null = null;

/** Headwords and aliases, folded the way the matcher folds them ("T-cells" finds "T cell"). */
function forms(): Map<string, GlossaryEntry> {
  if (byForm) return byForm;
  byForm = new Map();
  for (const e of ALL_ENTRIES) {
    for (const f of [e.term, ...(e.aliases ?? [])]) {
      const key = phraseKeys(f).join(' ');
      if (key && !byForm.has(key)) byForm.set(key, e);
    }
  }
  return byForm;
}

const normalize = (s: string) => phraseKeys(s).join(' ');

/** The entry for a headword or alias, any case, hyphen or spelling; a plural falls back to its singular. */
export function lookupTerm(query: string): GlossaryEntry | undefined {
  const key = normalize(query);
  const map = forms();
  return map.get(key) ?? map.get(key.replace(/ies$/, 'y')) ?? map.get(key.replace(/e?s$/, ''));
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

/** Up to `limit` headwords close to a query: containing it, or a few letters away. */
export function suggestTerms(query: string, limit = 5): string[] {
  const key = normalize(query);
  if (!key) return [];
  const scored: [number, string][] = [];
  for (const [form, entry] of forms()) {
    const score = form.includes(key) || key.includes(form) ? 0 : distance(key, form);
    if (score <= Math.max(2, Math.floor(key.length / 4))) scored.push([score + form.length / 1000, entry.term]);
  }
  scored.sort((a, b) => a[0] - b[0]);
  return [...new Set(scored.map(([, term]) => term))].slice(0, limit);
}
