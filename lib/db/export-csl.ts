/**
 * CSL-JSON (Zotero, Mendeley, Pandoc). Each story is an `article-newspaper` item; when the analysis found the
 * paper's DOI or link, the paper gets an `article-journal` item of its own right after it, because reference
 * managers import identifiers (DOI → full metadata lookup) only from an item's own fields, not from notes.
 * CSL has no field linking two items, so each names the other in `note`.
 */
import { bylineNames, citationKeys, dateParts, hasPaperLink, isoDay, paperNote, paperOf, paperTitle, highlightsNote, verdictNote, type PersonName } from './export-common';
import { paperCheckNote } from './export-paper';
import type { StoryData } from './schema';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: PersonName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  DOI?: string;
  'container-title'?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

export function cslItems(stories: StoryData[]): CslItem[] {
  const keys = citationKeys(stories);
  return stories.flatMap((s, i) => {
    const paper = paperOf(s.analysis, s.paper);
    const issued = dateParts(s.publishedTime);
    const story: CslItem = {
      id: keys[i],
      type: 'article-newspaper',
      title: s.title,
      ...(bylineNames(s.byline).length ? { author: bylineNames(s.byline) } : {}),
      ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
      accessed: { 'date-parts': [dateParts(isoDay(s.savedAt)) as number[]] },
      URL: s.url,
      ...(s.siteName ? { 'container-title': s.siteName } : {}),
      ...(s.lang ? { language: s.lang } : {}),
      ...(s.excerpt ? { abstract: s.excerpt } : {}),
      ...(s.tags.length ? { keyword: s.tags.join(', ') } : {}),
      note: [paperNote(paper), verdictNote(s.analysis, s.paper), paperCheckNote(s.paper), s.notes, highlightsNote(s)].filter(Boolean).join('\n'),
    };
    if (!hasPaperLink(paper)) return [story];
    const item: CslItem = {
      id: `${keys[i]}-paper`,
      type: 'article-journal',
      title: paperTitle(s, paper),
      ...(paper.authors ? { author: paper.authors } : {}),
      ...(paper.issued ? { issued: { 'date-parts': [paper.issued] } } : {}),
      ...(paper.journal ? { 'container-title': paper.journal } : {}),
      ...(paper.doi ? { DOI: paper.doi } : {}),
      ...(paper.url ? { URL: paper.url } : {}),
      note: [`Reported by ${s.siteName ?? 'a news story'}: ${s.url}`, paperCheckNote(s.paper)].filter(Boolean).join('\n'),
    };
    return [story, item];
  });
}

export function exportCsl(stories: StoryData[]): string {
  return JSON.stringify(cslItems(stories), null, 2);
}
