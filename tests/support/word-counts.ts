/** Checks the wordCounts table against the stories themselves (tests only). */
import type { CaveatDb } from '../../lib/db/schema';
import { allWordCounts } from '../../lib/db/word-counts';

/** Words whose stored count differs from the number of stories holding them: `[word, stored, actual]`; [] when in step. */
export async function staleWordCounts(db: CaveatDb): Promise<[string, number, number][]> {
  const actual = new Map<string, number>();
  for (const s of await db.stories.toArray()) for (const w of new Set(s.words)) actual.set(w, (actual.get(w) ?? 0) + 1);
  const stored = await allWordCounts(db);
  const out: [string, number, number][] = [];
  for (const word of new Set([...actual.keys(), ...stored.keys()])) {
    const a = actual.get(word) ?? 0;
    const s = stored.get(word) ?? 0;
    if (a !== s) out.push([word, s, a]);
  }
  return out.sort((x, y) => (x[0] < y[0] ? -1 : 1));
}
