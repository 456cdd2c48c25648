/**
 * Journals: the list Caveat knows, and the one detector the whole analysis uses to find them in a story
 * (sources list them; research reads the cue and the flags for peer review).
 */
export { TOKEN, canonicalJournal, createJournalIndex, keyOf, nameTokens, readJournals, type Journal, type JournalIndex, type TrieNode } from './list';
export { findJournalMentions, type JournalMention } from './find';
export { pageJournals, type PageJournal } from './page';
