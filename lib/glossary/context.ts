/** Context words: an ambiguous entry matches only where one of them is in the same sentence. */
import { foldedPluralsOf } from './plurals';
import { phraseWords, type Word } from './words';

export interface Context {
  /** Single words, with their plurals. */
  words: Set<string>;
  /** Longer phrases: their keys, and the plurals their last word may take. */
  phrases: { keys: string[]; lastPlurals: string[] }[];
}

export function compileContext(phrases: string[]): Context | null {
  if (!phrases.length) return null;
  const ctx: Context = { words: new Set(), phrases: [] };
  for (const phrase of phrases) {
    const { keys } = phraseWords(phrase);
    if (keys.length === 1) for (const k of [keys[0], ...foldedPluralsOf(keys[0])]) ctx.words.add(k);
    else if (keys.length > 1) ctx.phrases.push({ keys, lastPlurals: foldedPluralsOf(keys[keys.length - 1]) });
  }
  return ctx;
}

/** Whether a context word or phrase occurs among words [from, to) (one sentence). */
export function contextHolds(words: Word[], from: number, to: number, ctx: Context): boolean {
  for (let p = from; p < to; p++) if (ctx.words.has(words[p].key)) return true;
  for (const { keys, lastPlurals } of ctx.phrases) {
    for (let p = from; p + keys.length <= to; p++) {
      const at = (q: number) => words[p + q].key;
      if (keys.every((k, q) => at(q) === k || (q === keys.length - 1 && lastPlurals.includes(at(q))))) return true;
    }
  }
  return false;
}
