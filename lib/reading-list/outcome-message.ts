import { DatabaseVersionError, StorageFullError } from '../db/errors';
import type { SaveOutcome } from './save-tab';

/** Message keys (public/_locales) for the badge tooltip after a save from the menu or shortcut. */
export type SaveMessageKey =
  | 'saveBadgeSaved'
  | 'saveBadgeSaving'
  | 'saveBadgeFailedBlocked'
  | 'saveBadgeFailedNotArticle'
  | 'saveBadgeFailedTooLarge'
  | 'saveBadgeFailedTooSlow'
  | 'saveBadgeFailedRead'
  | 'saveBadgeFailedFull'
  | 'saveBadgeFailedNewer'
  | 'saveBadgeFailedDb';

/** The tooltip that tells the user what happened, since a background save has no window to speak in. */
export function outcomeMessageKey(outcome: SaveOutcome | undefined): SaveMessageKey {
  if (!outcome) return 'saveBadgeSaving';
  switch (outcome.kind) {
    case 'saved':
      return 'saveBadgeSaved';
    case 'blocked':
      return 'saveBadgeFailedBlocked';
    case 'not-article':
      return 'saveBadgeFailedNotArticle';
    case 'too-large':
      return 'saveBadgeFailedTooLarge';
    case 'too-slow':
      return 'saveBadgeFailedTooSlow';
    case 'failed':
      return 'saveBadgeFailedRead';
    case 'save-failed':
      if (outcome.error instanceof StorageFullError) return 'saveBadgeFailedFull';
      if (outcome.error instanceof DatabaseVersionError) return 'saveBadgeFailedNewer';
      return 'saveBadgeFailedDb';
  }
}
