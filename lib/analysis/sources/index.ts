import type { ExtractedArticle } from '../../extract/types';
import type { Source } from '../types';

/** Placeholder until source detection lands. */
export function findSources(_article: ExtractedArticle): Source[] {
  return [];
}
