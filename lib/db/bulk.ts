/** Bulk changes (tags, read state, notes, delete), each returning a snapshot that restoreStories undoes. */
import { storyData, withDerived } from './derive';
import { guard, NotesConflictError } from './errors';
import { deleteStories, putStories, storyTables } from './rows';
import type { CaveatDb, StoredStory, StoryData } from './schema';

/** The records as they were before a change: pass to restoreStories to undo it. */
export interface StorySnapshot {
  stories: StoredStory[];
}

/** The URLs of the stories in a snapshot (what tab badges are keyed by). */
export const snapshotUrls = (snapshot: StorySnapshot): string[] => snapshot.stories.map((s) => s.url);

/** Longest tag and note kept; longer input is cut rather than refused. */
export const MAX_TAG_LENGTH = 64;
export const MAX_NOTES_LENGTH = 100_000;

/** A tag as stored: trimmed, inner whitespace collapsed, capped. '' means "no tag". */
export function normalizeTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
}

/** Tags deduplicated case-insensitively, first spelling kept. */
export function normalizeTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** Applies `change` to each story in one transaction; writes and snapshots only those it changed. */
export async function modifyStories(db: CaveatDb, ids: number[], change: (data: StoryData) => StoryData | null): Promise<StorySnapshot> {
  return guard(() =>
    db.transaction('rw', storyTables(db), async () => {
      const before = (await db.stories.bulkGet([...new Set(ids)])).filter((s): s is StoredStory => !!s);
      const now = Date.now();
      const changed: StoredStory[] = [];
      const after: StoredStory[] = [];
      for (const story of before) {
        const next = change(storyData(story));
        if (!next) continue;
        changed.push(story);
        after.push({ ...withDerived({ ...next, updatedAt: now }), id: story.id });
      }
      await putStories(db, after, changed);
      return { stories: changed };
    }),
  );
}

export function addTag(db: CaveatDb, ids: number[], tag: string): Promise<StorySnapshot> {
  const clean = normalizeTag(tag);
  return modifyStories(db, ids, (s) => {
    if (!clean || s.tags.some((t) => t.toLowerCase() === clean.toLowerCase())) return null;
    return { ...s, tags: [...s.tags, clean] };
  });
}

export function removeTag(db: CaveatDb, ids: number[], tag: string): Promise<StorySnapshot> {
  const key = normalizeTag(tag).toLowerCase();
  return modifyStories(db, ids, (s) => {
    const tags = s.tags.filter((t) => t.toLowerCase() !== key);
    return tags.length === s.tags.length ? null : { ...s, tags };
  });
}

export function setTags(db: CaveatDb, ids: number[], tags: string[]): Promise<StorySnapshot> {
  const clean = normalizeTags(tags);
  return modifyStories(db, ids, (s) => (s.tags.join('\u0000') === clean.join('\u0000') ? null : { ...s, tags: clean }));
}

export function setRead(db: CaveatDb, ids: number[], read: boolean): Promise<StorySnapshot> {
  return modifyStories(db, ids, (s) => (s.read === read ? null : { ...s, read }));
}

/**
 * Writes a story's notes. `base`: the notes the edit began from; when the stored notes are no longer those (another
 * tab saved meanwhile), nothing is written and NotesConflictError carries the stored text.
 */
export function setNotes(db: CaveatDb, id: number, notes: string, base?: string): Promise<StorySnapshot> {
  const clean = notes.slice(0, MAX_NOTES_LENGTH);
  return modifyStories(db, [id], (s) => {
    if (base !== undefined && s.notes !== base && s.notes !== clean) throw new NotesConflictError(s.notes);
    return s.notes === clean ? null : { ...s, notes: clean };
  });
}

/** Deletes stories; the snapshot holds them whole for undo. */
export async function removeStories(db: CaveatDb, ids: number[]): Promise<StorySnapshot> {
  return guard(() =>
    db.transaction('rw', storyTables(db), async () => {
      const stories = (await db.stories.bulkGet([...new Set(ids)])).filter((s): s is StoredStory => !!s);
      await deleteStories(db, stories.map((s) => s.id), stories);
      return { stories };
    }),
  );
}

/** Puts snapshot records back exactly (same ids). Undo wins: an entry saved since under the same URL is replaced. */
export async function restoreStories(db: CaveatDb, snapshot: StorySnapshot): Promise<void> {
  await guard(() =>
    db.transaction('rw', storyTables(db), async () => {
      const ids = new Set(snapshot.stories.map((s) => s.id));
      const clashes = await db.stories.where('url').anyOf(snapshotUrls(snapshot)).primaryKeys();
      await deleteStories(db, clashes.filter((id) => !ids.has(id)));
      await putStories(db, snapshot.stories);
    }),
  );
}
