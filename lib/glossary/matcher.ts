/** The glossary matcher: a trie of folded words over every headword and alias, read in one pass per text. */
import type { GlossaryHit } from '../analysis/types';
import { compileContext, contextHolds, type Context } from './context';
import { baseLanguage } from '../text/sentences';
import { foldedPluralsOf, germanPluralsOf } from './plurals';
import { FormShape, senseCheck, senseWords } from './senses';
import type { GlossaryEntry } from './types';
import { phraseWords, readWords } from './words';

/** One way of writing an entry: its headword, an alias, or a notIn phrase. */
interface Form {
  entry: number;
  /** The words as written in the glossary; those with 2+ capitals must match case-sensitively. */
  raws: string[];
  strict: boolean[];
  /** How the form is written: decides whether capitals in the text mark a name. */
  shape: FormShape;
  /** A phrase from the entry's notIn: where it matches, the entry's words mean something else. */
  block: boolean;
}

/** A form as stored at the end of its trie path: as written, or with its last word in a plural. */
interface Terminal {
  form: Form;
  plural: boolean;
}

interface Node {
  next?: Map<string, Node>;
  ends?: Terminal[];
}

type PageLanguage = 'en' | 'de';

export interface GlossaryMatcher {
  /** Glossary terms in a text, in order of first appearance; `lang` is the page's language. */
  find(text: string, lang?: string | null): GlossaryHit[];
}

const CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

function shapeOf(raws: string[]): FormShape {
  const first = raws[0];
  if (CAPITALS.test(first) || (first.length === 1 && CAPITAL_FIRST.test(first))) return FormShape.Acronym;
  return CAPITAL_FIRST.test(first) ? FormShape.Name : FormShape.Common;
}

function insert(root: Node, keys: string[], t: Terminal): void {
  let node = root;
  for (const k of keys) {
    node.next ??= new Map();
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = {}));
    node = child;
  }
  node.ends ??= [];
  // A form written in the glossary outranks a generated plural that lands on the same path.
  const firstPlural = t.plural ? -1 : node.ends.findIndex((e) => e.plural);
  node.ends.splice(firstPlural < 0 ? node.ends.length : firstPlural, 0, t);
}

/** A text word against a glossary word written in capitals: same letters and case, plural -s/-es allowed last. */
function sameCase(raw: string, written: string, last: boolean): boolean {
  if (raw === written) return true;
  return last && raw.startsWith(written) && /^(s|es)$/.test(raw.slice(written.length));
}

/** The trie of one page language: its own entries, and on a German page English names and acronyms (HIV, CRISPR). */
function buildTrie(entries: GlossaryEntry[], lang: PageLanguage): Node {
  const root: Node = {};
  entries.forEach((entry, index) => {
    const own = (entry.lang ?? 'en') === lang;
    if (!own && lang === 'en') return;
    const blocks = entry.notIn ?? [];
    const forms = [entry.term, ...(entry.aliases ?? []), ...blocks];
    forms.forEach((form, f) => {
      const { keys, raws } = phraseWords(form);
      if (!keys.length) return;
      const written: Form = { entry: index, raws, strict: raws.map((r) => CAPITALS.test(r)), shape: shapeOf(raws), block: f >= forms.length - blocks.length };
      // English common words would meet German ones that mean something else ("Art", "Gift"): on German pages only names and acronyms.
      if (!own && written.shape === FormShape.Common) return;
      insert(root, keys, { form: written, plural: false });
      const plurals = lang === 'de' && own ? germanPluralsOf(keys[keys.length - 1]) : foldedPluralsOf(keys[keys.length - 1]);
      for (const plural of plurals) insert(root, [...keys.slice(0, -1), plural], { form: written, plural: true });
    });
  });
  return root;
}

/** Quote marks between words (not the apostrophe inside "Alzheimer's"). */
const GAP_QUOTES = /(?<![\p{L}\p{N}])["'“”‘’«»]|["'“”‘’«»](?![\p{L}\p{N}])/gu;
const QUOTE = /["'“”‘’«»]/;

/** The matched text, with the quote mark that pairs one inside it: '"memory" cells', not 'memory" cells'. */
function withQuotes(text: string, start: number, end: number): string {
  const inside = text.slice(start, end).match(GAP_QUOTES)?.length ?? 0;
  if (inside % 2 === 0) return text.slice(start, end);
  if (start > 0 && QUOTE.test(text[start - 1])) return text.slice(start - 1, end);
  if (end < text.length && QUOTE.test(text[end])) return text.slice(start, end + 1);
  return text.slice(start, end);
}

/** Builds the trie over every headword and alias once (German on the first German page); `find` then reads a text in one pass. */
export function createGlossaryMatcher(entries: GlossaryEntry[]): GlossaryMatcher {
  const tries: Partial<Record<PageLanguage, Node>> = { en: buildTrie(entries, 'en') };
  const contexts: (Context | null)[] = entries.map((e) => compileContext(e.context ?? []));
  const flags = senseWords();

  function find(text: string, pageLang: string | null = 'en'): GlossaryHit[] {
    const lang = baseLanguage(pageLang);
    const root = (tries[lang] ??= buildTrie(entries, lang));
    const words = readWords(text, lang);
    const rejects = senseCheck(flags, text, words, lang);
    const n = words.length;
    const caseOk = (i: number, f: Form) => f.strict.every((s, q) => !s || sameCase(words[i + q].raw, f.raws[q], q === f.raws.length - 1));
    const contextOk = (i: number, ctx: Context): boolean => {
      let from = i;
      let to = i;
      while (from > 0 && words[from - 1].sentence === words[i].sentence) from--;
      while (to < n && words[to].sentence === words[i].sentence) to++;
      return contextHolds(words, from, to, ctx);
    };
    const byEntry = new Map<number, GlossaryHit>();
    for (let i = 0; i < n; ) {
      let node = root.next?.get(words[i].key);
      let best: Form | undefined;
      let bestLast = -1;
      // Longest match wins: walk as far as the words go, remembering the last form that fits.
      for (let j = i; node; ) {
        const fits = node.ends?.find(({ form: f }) => caseOk(i, f) && (f.block || !contexts[f.entry] || contextOk(i, contexts[f.entry]!)));
        if (fits) (best = fits.form), (bestLast = j);
        j++;
        node = j < n && words[j].joined ? node.next?.get(words[j].key) : undefined;
      }
      if (!best) {
        i++;
        continue;
      }
      // Another sense, or a word inside a name or title: skip the words, explain nothing.
      if (!best.block && !rejects(i, bestLast, best.shape)) {
        const entry = entries[best.entry];
        const matched = withQuotes(text, words[i].start, words[bestLast].end);
        let hit = byEntry.get(best.entry);
        if (!hit) {
          hit = { term: entry.term, definition: entry.definition, matched: [], count: 0, field: entry.field };
          if (entry.seeAlso?.length) hit.seeAlso = entry.seeAlso.slice();
          byEntry.set(best.entry, hit);
        }
        hit.count++;
        if (!hit.matched.includes(matched)) hit.matched.push(matched);
      }
      i = bestLast + 1;
    }
    // A Map keeps insertion order: the order of first appearance in the text.
    return [...byEntry.values()];
  }

  return { find };
}
