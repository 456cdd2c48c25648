/** Which stories are held out, and which fold each of the rest falls in: by group, the same on every run. */
import type { Item } from './corpus';

/** A stable number for a string (FNV-1a). */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A fifth of the groups, never used to choose features or settings: the held-out figures in the README. */
export const isHeldOut = (item: Item): boolean => stableHash(`test:${item.group}`) % 5 === 0;

export const foldOf = (item: Item, folds: number, seed = 0): number => stableHash(`fold:${seed ? `${seed}:` : ''}${item.group}`) % folds;
