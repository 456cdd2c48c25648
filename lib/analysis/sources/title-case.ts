/** A headline or a reference's title in Title Case, where every word looks like a name. */
export function titleCase(sentence: string): boolean {
  const letters = sentence.match(/(?<![\p{L}'’-])\p{L}+/gu) ?? [];
  return letters.length > 5 && letters.filter((w) => /^\p{Lu}/u.test(w)).length / letters.length > 0.6;
}
