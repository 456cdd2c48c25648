/**
 * Checked papers: the `papers` table caches each check by DOI (with the stories whose reader matched a paper by
 * hand), and every saved story citing that DOI carries the check too, so it survives export, import and the cache.
 */
import type { PaperCheck } from '../paper/types';
import type { RecheckItem } from '../paper/recheck';
import { storyData, withDerived } from './derive';
import { guard, StoryDataError } from './errors';
import { putStories, storyTables } from './rows';
import type { CaveatDb, PaperRecord, StoredStory, StoryData } from './schema';
import { fitStory } from './story-check';
import { canonicalUrl } from './url';

/** A story within the one check, or as it is when an older Caveat stored it beyond it (the check still lands). */
function fitted(data: StoryData): StoryData {
  try {
    return fitStory(data);
  } catch (error) {
    if (error instanceof StoryDataError) return data;
    throw error;
  }
}

/** The tables a paper check writes: the cache and the stories it lands on. */
export const paperTables = (db: CaveatDb) => [...storyTables(db), db.papers] as const;

const newer = (a: PaperCheck | undefined, b: PaperCheck | undefined) => (!a ? b : !b ? a : a.checkedAt >= b.checkedAt ? a : b);

/** The last check of the story's paper: by the DOI it cites, else by its address (a paper its reader chose). */
export function cachedPaperCheck(db: CaveatDb, where: { doi?: string; url?: string }): Promise<PaperCheck | undefined> {
  return guard(async () => {
    const byDoi = where.doi ? await db.papers.get(where.doi) : undefined;
    if (byDoi) return byDoi.check;
    const byUrl = where.url ? await db.papers.where('urls').equals(canonicalUrl(where.url)).first() : undefined;
    return byUrl?.check;
  });
}

/** The paper a story should carry when saved: the newer of its own and the cache's. */
export async function paperForSave(db: CaveatDb, doi: string | undefined, url: string, own?: PaperCheck): Promise<PaperCheck | undefined> {
  const byDoi = doi ? (await db.papers.get(doi))?.check : undefined;
  const byUrl = byDoi ? undefined : (await db.papers.where('urls').equals(url).first())?.check;
  return newer(own, byDoi ?? byUrl);
}

/**
 * Keeps a check: in the cache, and on every saved story with that paper (by DOI, and the story at `storyUrl` when
 * its reader chose the paper). Resolves to the number of saved stories updated.
 */
export function recordPaperCheck(db: CaveatDb, check: PaperCheck, storyUrl?: string, now = Date.now()): Promise<number> {
  const url = storyUrl ? canonicalUrl(storyUrl) : undefined;
  return guard(() =>
    db.transaction('rw', paperTables(db), async () => {
      const old = await db.papers.get(check.doi);
      const urls = new Set(old?.urls ?? []);
      if (url && check.matchedBy === 'reader') urls.add(url);
      // A paper once chosen by the reader stays so when the library re-checks it.
      const kept: PaperCheck = urls.size && check.matchedBy !== 'reader' ? { ...check, matchedBy: 'reader' } : check;
      const record: PaperRecord = { doi: check.doi, urls: [...urls], check: kept };
      await db.papers.put(record);
      const byDoi = await db.stories.where('paperDoi').equals(check.doi).toArray();
      const byUrl = url && !byDoi.some((s) => s.url === url) ? await db.stories.where('url').equals(url).toArray() : [];
      const before = [...byDoi, ...byUrl];
      const after = before.map((s) => ({ ...withDerived(fitted({ ...storyData(s), paper: kept, updatedAt: now })), id: s.id }) as StoredStory);
      await putStories(db, after, before);
      return after.length;
    }),
  );
}

/** Undoes the reader's choice of paper for a story without a DOI: the cache forgets the match, the saved story its check. */
export function forgetPaperMatch(db: CaveatDb, storyUrl: string, now = Date.now()): Promise<void> {
  const url = canonicalUrl(storyUrl);
  return guard(() =>
    db.transaction('rw', paperTables(db), async () => {
      const matched = await db.papers.where('urls').equals(url).toArray();
      for (const record of matched) await db.papers.put({ ...record, urls: record.urls.filter((u) => u !== url) });
      const before = (await db.stories.where('url').equals(url).toArray()).filter((s) => s.paper?.matchedBy === 'reader');
      const after = before.map((s) => {
        const data = { ...storyData(s), updatedAt: now };
        delete data.paper;
        return { ...withDerived(data), id: s.id } as StoredStory;
      });
      await putStories(db, after, before);
    }),
  );
}

/** Every paper the reading list cites or its readers chose, once each: what "Re-check papers" asks about. */
export function papersToRecheck(db: CaveatDb): Promise<RecheckItem[]> {
  return guard(() =>
    db.transaction('r', paperTables(db), async () => {
      // Index keys only: the DOIs, not the stories' text.
      const dois = [...new Set((await db.stories.where('paperDoi').above('').keys()) as string[])];
      const cached = await db.papers.bulkGet(dois);
      return dois.map((doi, i) => (cached[i]?.check.matchedBy === 'reader' ? { doi, matchedBy: 'reader' as const } : { doi }));
    }),
  );
}
