// Types for the popular-english-words package (it ships none): Wikipedia word ranks, used by term-candidates.ts.
declare module 'popular-english-words' {
  export const words: { getMostPopular(count: number): string[]; getWordRank(word: string): number };
}
