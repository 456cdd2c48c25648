import type { GlossaryHit } from '../analysis/types';
import { createSenseReader, FormShape } from './senses';
import { foldWord } from './fold';
import { internKey, maxKeyId } from './key-ids';
import { phraseKeys, scanTokens, TokenBuffer, tokenize } from './tokenize';
import type { GlossaryEntry } from './types';

/** One way of writing an entry, as stored at the end of its trie path. */
interface Terminal {
  entry: number;
  /** The words as written in the glossary; those with 2+ capitals must match case-sensitively. */
  raws: string[];
  strict: boolean[];
  /** Whether any word must match case-sensitively: most forms need no check at all. */
  anyStrict: boolean;
  /** Reached through a generated plural rather than the form written in the glossary. */
  plural: boolean;
  /** How the form is written: decides whether capitals in the text mark a name. */
  shape: FormShape;
  /** A phrase from the entry's notIn: where it matches, the entry's words mean something else. */
  block: boolean;
}

interface Node {
  /** Children by key number (internKey); made on first child: most nodes are leaves. */
  next?: Map<number, Node>;
  ends?: Terminal[];
}

/** Plural forms of a folded word: -s, -es, -ies, and the Latin and Greek ones science uses. */
export function pluralsOf(key: string): string[] {
  const out = [key + 's'];
  if (/(s|x|z|ch|sh|o)$/.test(key)) out.push(key + 'es');
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

/** Plurals of a folded key, folded in turn as text words are ("analysis" → "analyses" → "analyzes"). */
function foldedPluralsOf(key: string): string[] {
  return pluralsOf(key).map(foldWord);
}

const CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

function shapeOf(raws: string[]): FormShape {
  const first = raws[0];
  if (CAPITALS.test(first) || (first.length === 1 && CAPITAL_FIRST.test(first))) return FormShape.Acronym;
  return CAPITAL_FIRST.test(first) ? FormShape.Name : FormShape.Common;
}

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

/** Every node made with both fields, so all share one shape and the matcher's property reads stay monomorphic. */
const newNode = (): Node => ({ next: undefined, ends: undefined });

function insert(root: Node, keys: string[], t: Terminal): void {
  let node = root;
  for (const k of keys) {
    node.next ??= new Map();
    const id = internKey(k);
    let child = node.next.get(id);
    if (!child) node.next.set(id, (child = newNode()));
    node = child;
  }
  addTerminal(node, t);
}

/** A text word against a glossary word written in capitals: same letters and case, plural -s/-es allowed last. */
function sameCase(raw: string, written: string, last: boolean): boolean {
  if (raw === written) return true;
  return last && raw.startsWith(written) && /^(s|es)$/.test(raw.slice(written.length));
}

/** Context words of one entry by key number: single words, and longer phrases with the plurals of their last word. */
interface Context {
  ids: Int32Array;
  phrases: { ids: Int32Array; last: Int32Array }[];
}

function compileContext(phrases: string[]): Context | null {
  if (!phrases.length) return null;
  const ids = new Set<number>();
  const ctx: Context = { ids: new Int32Array(0), phrases: [] };
  for (const phrase of phrases) {
    const keys = phraseKeys(phrase);
    // Numbered like glossary words, so a text's own token numbers answer the check.
    if (keys.length === 1) for (const k of [keys[0], ...foldedPluralsOf(keys[0])]) ids.add(internKey(k));
    else if (keys.length > 1) ctx.phrases.push({ ids: Int32Array.from(keys, internKey), last: Int32Array.from(foldedPluralsOf(keys[keys.length - 1]), internKey) });
  }
  ctx.ids = Int32Array.from(ids);
  return ctx;
}

/**
 * Whether a context word or phrase occurs among the tokens [from, to) of one sentence. The
 * sentence's key numbers are marked with `stamp` in `seen` first (once per sentence), so a
 * check reads the entry's few context words, not the whole sentence.
 */
function contextHolds(tokenIds: Int32Array, seen: Int32Array, stamp: number, from: number, to: number, ctx: Context): boolean {
  const ids = ctx.ids;
  for (let k = 0; k < ids.length; k++) if (ids[k] < seen.length && seen[ids[k]] === stamp) return true;
  for (const { ids: phrase, last } of ctx.phrases) {
    for (let p = from; p + phrase.length <= to; p++) {
      let ok = true;
      for (let q = 0; q < phrase.length && ok; q++) {
        const id = tokenIds[p + q];
        ok = id === phrase[q] || (q === phrase.length - 1 && last.includes(id));
      }
      if (ok) return true;
    }
  }
  return false;
}

export type Matcher = (text: string) => GlossaryHit[];

/** Builds a trie over every headword and alias once; the matcher then reads a text in one pass. */
export function createMatcher(entries: GlossaryEntry[]): Matcher {
  const root = newNode();
  // Before the tables below are sized: the reader gives its words key numbers.
  const senses = createSenseReader();
  const contexts = entries.map((e) => compileContext(e.context ?? []));
  entries.forEach((entry, index) => {
    const forms = [entry.term, ...(entry.aliases ?? [])];
    const blocks = entry.notIn ?? [];
    forms.push(...blocks);
    forms.forEach((form, f) => {
      const { keys, raws } = tokenize(form);
      if (!keys.length) return;
      const strict = raws.map((r) => CAPITALS.test(r));
      const anyStrict = strict.includes(true);
      const shape = shapeOf(raws);
      const block = f >= forms.length - blocks.length;
      // A literal, not a spread copy: a spread puts the fields out of line, and the match loop reads them for every candidate (+30%).
      const terminal = (plural: boolean): Terminal => ({ entry: index, raws, strict, anyStrict, plural, shape, block });
      insert(root, keys, terminal(false));
      for (const plural of foldedPluralsOf(keys[keys.length - 1])) insert(root, [...keys.slice(0, -1), plural], terminal(true));
    });
  });

  // The root's children in an array by key number: every word of a text looks here first.
  const rootChildren: (Node | null)[] = [null];
  for (const [id, child] of root.next ?? []) {
    while (rootChildren.length <= id) rootChildren.push(null);
    rootChildren[id] = child;
  }
  // One buffer per matcher, reused for every text: matching is synchronous.
  const tokens = new TokenBuffer();
  // Per key number, the stamp of the last sentence it was seen in (for context checks); keys numbered later are never context words.
  const seen = new Int32Array(maxKeyId() + 1);
  let stamp = 0;
  // Per entry, the call that last hit it and where its hit sits in that call's list: a Map per text cost more.
  const hitOf = new Int32Array(entries.length);
  const hitAt = new Int32Array(entries.length);
  let call = 0;
  return (text: string): GlossaryHit[] => {
    scanTokens(text, tokens);
    senses.begin(text, tokens);
    const { n, ids, starts, ends, sentence } = tokens;
    const joinable = tokens.joinable;
    // The token range of the sentence last checked for context words, its key numbers marked in `seen`.
    let cachedSentence = -1;
    let sentenceFrom = 0;
    let sentenceTo = 0;
    const contextOk = (i: number, ctx: Context): boolean => {
      const s = sentence[i];
      if (s !== cachedSentence) {
        cachedSentence = s;
        sentenceFrom = i;
        sentenceTo = i;
        while (sentenceFrom > 0 && sentence[sentenceFrom - 1] === s) sentenceFrom--;
        while (sentenceTo < n && sentence[sentenceTo] === s) sentenceTo++;
        if (++stamp === 0x7fffffff) seen.fill(0), (stamp = 1);
        for (let k = sentenceFrom; k < sentenceTo; k++) if (ids[k] < seen.length) seen[ids[k]] = stamp;
      }
      return contextHolds(ids, seen, stamp, sentenceFrom, sentenceTo, ctx);
    };
    const caseOk = (i: number, t: Terminal): boolean => {
      const length = t.raws.length;
      for (let q = 0; q < length; q++) {
        if (t.strict[q] && !sameCase(text.slice(starts[i + q], ends[i + q]), t.raws[q], q === length - 1)) return false;
      }
      return true;
    };
    const hits: GlossaryHit[] = [];
    // Past the largest stamp, start over from 1: 0 is what a cleared table holds.
    if (++call === 0x7fffffff) hitOf.fill(0), (call = 1);
    for (let i = 0; i < n; ) {
      // Most words start no entry: one array read and on.
      const id = ids[i];
      let node: Node | null = id !== 0 && id < rootChildren.length ? rootChildren[id] : null;
      if (!node) {
        i++;
        continue;
      }
      let best: Terminal | null = null;
      let bestLast = -1;
      for (let j = i; ; ) {
        const terminals = node.ends;
        if (terminals) {
          // Every form ending here has j - i + 1 words, the node's depth: no length check is needed.
          for (let k = 0; k < terminals.length; k++) {
            const t = terminals[k];
            if (t.anyStrict && !caseOk(i, t)) continue;
            const ctx = contexts[t.entry];
            if (ctx && !t.block && !contextOk(i, ctx)) continue;
            best = t;
            bestLast = j;
            break;
          }
        }
        j++;
        if (j >= n || !joinable[j] || !node.next) break;
        const child: Node | undefined = ids[j] === 0 ? undefined : node.next.get(ids[j]);
        if (!child) break;
        node = child;
      }
      if (!best) {
        i++;
        continue;
      }
      // Checked once per match, off the per-word path: another sense, or a word inside a name or title.
      if (best.block || senses.rejects(i, bestLast, best.shape)) {
        i = bestLast + 1;
        continue;
      }
      const bestEntry = best.entry;
      const entry = entries[bestEntry];
      const matched = text.slice(starts[i], ends[bestLast]);
      let hit = hitOf[bestEntry] === call ? hits[hitAt[bestEntry]] : undefined;
      if (!hit) {
        hit = { term: entry.term, definition: entry.definition, matched: [], count: 0, field: entry.field };
        if (entry.seeAlso?.length) hit.seeAlso = entry.seeAlso.slice();
        hitOf[bestEntry] = call;
        hitAt[bestEntry] = hits.length;
        hits.push(hit);
      }
      hit.count++;
      if (!hit.matched.includes(matched)) hit.matched.push(matched);
      i = bestLast + 1;
    }
    // In order of first appearance in the text.
    return hits;
  };
}
