// How often a highlight is found again after the story's text changes: passages of the corpus stories kept as text
// (../shared/corpus, read here, never copied), anchored as Caveat anchors them, then looked for in edited copies.
//   npx tsx scripts/anchor-robustness.ts
import { readFileSync } from 'node:fs';
import { describe, flatten, locate } from '../lib/highlights/anchor';
import { corpusPages } from './corpus-pages';

const PER_STORY = 6;
type Edit = { name: string; apply: (text: string, start: number, end: number) => { text: string; expected: string } };

/** The word in the middle of [start, end) replaced: "a word changed inside the passage". */
function changeInside(text: string, start: number, end: number) {
  const passage = text.slice(start, end);
  const words = passage.split(' ');
  const mid = Math.floor(words.length / 2);
  words[mid] = words[mid] === 'altered' ? 'changed' : 'altered';
  const changed = words.join(' ');
  return { text: text.slice(0, start) + changed + text.slice(end), expected: changed };
}

const EDITS: Edit[] = [
  { name: 'unchanged', apply: (t, s, e) => ({ text: t, expected: t.slice(s, e) }) },
  { name: 'a paragraph added at the top', apply: (t, s, e) => ({ text: `Update: this story was corrected on Monday. ${t}`, expected: t.slice(s, e) }) },
  { name: 'a sentence removed before it', apply: (t, s, e) => {
    const cut = t.lastIndexOf('. ', Math.max(0, s - 80));
    const from = t.lastIndexOf('. ', Math.max(0, cut - 1));
    if (cut <= 0 || from < 0) return { text: t, expected: t.slice(s, e) };
    return { text: t.slice(0, from + 2) + t.slice(cut + 2), expected: t.slice(s, e) };
  } },
  { name: 'a word changed inside it', apply: changeInside },
  { name: 'a word changed inside it and a paragraph added at the top', apply: (t, s, e) => {
    const c = changeInside(t, s, e);
    return { text: `Update: this story was corrected on Monday. ${c.text}`, expected: c.expected };
  } },
  { name: 'its words repeated later in the story', apply: (t, s, e) => ({ text: `${t} As we said: ${t.slice(s, e)}.`, expected: t.slice(s, e) }) },
];

const pages = corpusPages().filter((p) => p.endsWith('.txt'));
const found = new Map<string, number>();
let total = 0;
for (const path of pages) {
  const flat = flatten(readFileSync(path, 'utf8')).text;
  if (flat.length < 1_000) continue;
  for (let i = 1; i <= PER_STORY; i++) {
    // Passages of 40-120 characters spread over the story, starting and ending at word edges.
    let start = Math.floor((flat.length * i) / (PER_STORY + 1));
    start = flat.indexOf(' ', start) + 1;
    let end = flat.indexOf(' ', start + 40 + ((i * 37) % 80));
    if (start <= 0 || end < 0) continue;
    const sel = describe(flat, start, end);
    if (!sel) continue;
    total++;
    for (const edit of EDITS) {
      const changed = edit.apply(flat, start, end);
      const at = locate(changed.text, sel);
      const ok = !!at && changed.text.slice(at.start, at.end) === changed.expected;
      found.set(edit.name, (found.get(edit.name) ?? 0) + (ok ? 1 : 0));
    }
  }
}
console.log(`${total} passages of ${pages.length} corpus stories kept as text`);
for (const edit of EDITS) {
  const n = found.get(edit.name) ?? 0;
  console.log(`${edit.name.padEnd(60)} ${((100 * n) / total).toFixed(1)}% (${n} of ${total})`);
}
