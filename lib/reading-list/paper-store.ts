/** What the popup's paper check needs from the database: the last check of this story's paper, and keeping a new one. */
import { cachedPaperCheck, forgetPaperMatch, recordPaperCheck } from '../db/papers';
import { openCaveatDb, type CaveatDb } from '../db/schema';
import type { PaperCheck } from '../paper/types';

export interface PaperStore {
  /** By the DOI the story cites, else by the story's address (a paper its reader chose). */
  cached(where: { doi?: string; url: string }): Promise<PaperCheck | undefined>;
  /** The cache, and every saved story citing that paper (or at this address, when the reader chose it). */
  record(check: PaperCheck, storyUrl: string): Promise<void>;
  forget(storyUrl: string): Promise<void>;
}

export function paperStoreFor(db: CaveatDb = openCaveatDb()): PaperStore {
  return {
    cached: (where) => cachedPaperCheck(db, where),
    record: async (check, storyUrl) => void (await recordPaperCheck(db, check, storyUrl)),
    forget: (storyUrl) => forgetPaperMatch(db, storyUrl),
  };
}
