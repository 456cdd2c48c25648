// Flesch-Kincaid grade of the glossary's English definitions: median, distribution, and the hardest to rewrite.
// Run: npx tsx scripts/glossary-grade.ts [--all]   exits 1 when a definition is above grade 8 or the median above 6.
// German definitions (lang: 'de') are left out: the formula and its syllable count are English ones.
import { ALL_ENTRIES } from '../lib/glossary/index';

/** Syllables of one English word, by vowel groups with the usual corrections. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

export function fkGrade(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?;:]+(?:\s|$)/).filter((s) => s.trim()).length);
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
  // Numbers read as one short word; abbreviations in capitals as one syllable per letter would overstate.
  const syl = words.reduce((n, w) => n + (/^[\d.,%]+$/.test(w) || /^[A-Z0-9-]{2,}$/.test(w) ? 1 : syllables(w)), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / Math.max(1, words.length)) - 15.59;
}

const graded = ALL_ENTRIES.filter((e) => !e.lang).map((e) => ({ term: e.term, field: e.field, grade: fkGrade(e.definition) })).sort((a, b) => a.grade - b.grade);
const median = graded[Math.floor(graded.length / 2)].grade;
const over = graded.filter((g) => g.grade > 8);
console.log(`${graded.length} definitions · median Flesch-Kincaid grade ${median.toFixed(1)} (target ≤ 6) · above grade 8: ${over.length}${over.length ? ` (${over.map((g) => g.term).join(', ')})` : ''}`);
const buckets = new Map<string, number>();
for (const g of graded) {
  const b = g.grade < 4 ? '< 4' : g.grade >= 14 ? '14+' : `${Math.floor(g.grade / 2) * 2}–${Math.floor(g.grade / 2) * 2 + 2}`;
  buckets.set(b, (buckets.get(b) ?? 0) + 1);
}
for (const [b, n] of buckets) console.log(`  ${b.padEnd(6)} ${String(n).padStart(4)} ${'#'.repeat(Math.ceil(n / 5))}`);
const byField = new Map<string, number[]>();
for (const g of graded) byField.set(g.field, [...(byField.get(g.field) ?? []), g.grade]);
console.log('median by field:');
for (const [f, gs] of byField) console.log(`  ${f.padEnd(20)} ${gs[Math.floor(gs.length / 2)].toFixed(1)}`);
const hardest = graded.slice(process.argv.includes('--all') ? 0 : -15).reverse();
console.log(`hardest ${hardest.length}:`);
for (const g of hardest) console.log(`  ${g.grade.toFixed(1).padStart(5)}  ${g.term}`);
if (over.length || median > 6) process.exitCode = 1;
