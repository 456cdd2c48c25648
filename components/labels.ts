import type { PeerReview, StudyType } from '@/lib/analysis/types';
import { t, type MessageKey } from './i18n';

/** Short labels for the reading list's filters and rows. */
export const studyLabel = (type: StudyType) => t(`listStudy_${type.replaceAll('-', '_')}` as MessageKey);
export const peerLabel = (value: PeerReview) => t(`listPeer_${value.replaceAll('-', '_')}` as MessageKey);

/** A date the user's locale understands; '' for unknown (0) times. */
export function shortDate(epochMs: number): string {
  if (!epochMs) return '';
  return new Date(epochMs).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
