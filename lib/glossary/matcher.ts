import type { GlossaryHit } from '../analysis/types';
import { phraseKeys, phraseRaws, tokenize, type Tokens } from './tokenize';
import type { GlossaryEntry } from './types';

/** One way of writing an entry, as stored at the end of its trie path. */
interface Terminal {
  entry: number;
  /** The words as written in the glossary; those with 2+ capitals must match case-sensitively. */
  raws: string[];
  strict: boolean[];
  /** Reached through a generated plural rather than the form written in the glossary. */
  plural: boolean;
}

interface Node {
  next: Map<string, Node>;
  ends?: Terminal[];
}

/** Plural forms of a folded word: -s, -es, -ies, and the Latin and Greek ones science uses. */
export function pluralsOf(key: string): string[] {
  const out = [key + 's', key + 'es'];
  if (/[^aeiou]y$/.test(key)) out.push(key.slice(0, -1) + 'ies');
  if (/is$/.test(key)) out.push(key.slice(0, -2) + 'es'); // metastasis → metastases
  if (key.length >= 5 && /um$/.test(key)) out.push(key.slice(0, -2) + 'a'); // bacterium → bacteria
  if (key.length >= 5 && /us$/.test(key)) out.push(key.slice(0, -2) + 'i'); // fungus → fungi
  if (key.length >= 4 && /[^aeiou]a$/.test(key)) out.push(key + 'e'); // larva → larvae
  if (key.length >= 7 && /on$/.test(key)) out.push(key.slice(0, -2) + 'a'); // criterion → criteria
  if (/[ei]x$/.test(key)) out.push(key.slice(0, -2) + 'ices'); // cortex → cortices
  if (/[^f]fe?$/.test(key)) out.push(key.replace(/fe?$/, 'ves')); // half → halves
  return out;
}

const CAPITALS = /\p{Lu}.*\p{Lu}/u;

function addTerminal(node: Node, t: Terminal): void {
  node.ends ??= [];
  // A form written in the glossary outranks a generated plural that lands on the same path.
  if (t.plural) {
    node.ends.push(t);
  } else {
    const firstPlural = node.ends.findIndex((e) => e.plural);
    node.ends.splice(firstPlural < 0 ? node.ends.length : firstPlural, 0, t);
  }
}

function insert(root: Node, keys: string[], t: Terminal): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = { next: new Map() }));
    node = child;
  }
  addTerminal(node, t);
}

/** A text word against a glossary word written in capitals: same letters and case, plural -s/-es allowed last. */
function sameCase(raw: string, written: string, last: boolean): boolean {
  if (raw === written) return true;
  return last && raw.startsWith(written) && /^(s|es)$/.test(raw.slice(written.length));
}

/** Whether any context phrase occurs in the sentence holding token i. */
function contextHolds(tokens: Tokens, i: number, contexts: string[][], bounds: (i: number) => [number, number]): boolean {
  const [from, to] = bounds(i);
  for (const ctx of contexts) {
    const variants = pluralsOf(ctx[ctx.length - 1]);
    for (let p = from; p + ctx.length <= to; p++) {
      let ok = true;
      for (let q = 0; q < ctx.length && ok; q++) {
        const key = tokens.keys[p + q];
        ok = key === ctx[q] || (q === ctx.length - 1 && variants.includes(key));
      }
      if (ok) return true;
    }
  }
  return false;
}

export type Matcher = (text: string) => GlossaryHit[];

/** Builds a trie over every headword and alias once; the matcher then reads a text in one pass. */
export function createMatcher(entries: GlossaryEntry[]): Matcher {
  const root: Node = { next: new Map() };
  const contexts = entries.map((e) => (e.context ?? []).map(phraseKeys).filter((k) => k.length > 0));
  entries.forEach((entry, index) => {
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      const keys = phraseKeys(form);
      if (!keys.length) continue;
      const raws = phraseRaws(form);
      const strict = raws.map((r) => CAPITALS.test(r));
      insert(root, keys, { entry: index, raws, strict, plural: false });
      for (const plural of pluralsOf(keys[keys.length - 1])) {
        insert(root, [...keys.slice(0, -1), plural], { entry: index, raws, strict, plural: true });
      }
    }
  });

  return (text: string): GlossaryHit[] => {
    const tokens = tokenize(text);
    const n = tokens.keys.length;
    // Sentence bounds, found on demand for entries that need context.
    const bounds = (i: number): [number, number] => {
      const s = tokens.sentence[i];
      let from = i;
      let to = i;
      while (from > 0 && tokens.sentence[from - 1] === s) from--;
      while (to < n && tokens.sentence[to] === s) to++;
      return [from, to];
    };
    const hits = new Map<number, GlossaryHit>();
    for (let i = 0; i < n; ) {
      let node: Node | undefined = root;
      let best: { entry: number; last: number } | null = null;
      for (let j = i; j < n; j++) {
        if (j > i && !tokens.joinable[j]) break;
        node = node.next.get(tokens.keys[j]);
        if (!node) break;
        if (!node.ends) continue;
        const length = j - i + 1;
        const found = node.ends.find(
          (t) =>
            t.raws.length === length &&
            t.strict.every((s, q) => !s || sameCase(tokens.raws[i + q], t.raws[q], q === length - 1)) &&
            (!contexts[t.entry].length || contextHolds(tokens, i, contexts[t.entry], bounds)),
        );
        if (found) best = { entry: found.entry, last: j };
      }
      if (!best) {
        i++;
        continue;
      }
      const entry = entries[best.entry];
      const matched = text.slice(tokens.starts[i], tokens.ends[best.last]);
      let hit = hits.get(best.entry);
      if (!hit) {
        hit = { term: entry.term, definition: entry.definition, matched: [], count: 0, field: entry.field };
        if (entry.seeAlso?.length) hit.seeAlso = [...entry.seeAlso];
        hits.set(best.entry, hit);
      }
      hit.count++;
      if (!hit.matched.includes(matched)) hit.matched.push(matched);
      i = best.last + 1;
    }
    // Map keeps insertion order: first appearance in the text.
    return [...hits.values()];
  };
}
