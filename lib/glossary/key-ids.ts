/*
 * Numbers for the folded keys that glossary phrases use, so a matcher steps its trie by
 * integer instead of looking strings up. Every other word is 0.
 */
const KEY_IDS = new Map<string, number>();

/** The number of a key that glossary phrases use, given it one on first sight; never 0. */
export function internKey(key: string): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) KEY_IDS.set(key, (id = KEY_IDS.size + 1));
  return id;
}

/** The highest key number given so far. */
export function maxKeyId(): number {
  return KEY_IDS.size;
}

/** The number of a folded key, 0 when no glossary phrase uses it. */
export function keyId(key: string): number {
  return KEY_IDS.get(key) ?? 0;
}
