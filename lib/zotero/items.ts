/**
 * A saved story as Zotero connector items: a newspaperArticle with Caveat's analysis (and the reader's notes and
 * highlights) in a child note, and, when the analysis found the paper, a journalArticle (DOI, journal, authors) that
 * the story's item names in `seeAlso`, so Zotero relates the two.
 */
import { bylineNames, dateParts, paperOf, paperTitle, type PersonName } from '../db/export-common';
import type { StoryData } from '../db/schema';
import { storyNoteHtml, type NoteStory } from './note';

export type ZoteroStory = NoteStory & Pick<StoryData, 'url' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'excerpt' | 'tags'>;

export interface ZoteroCreator {
  creatorType: 'author';
  firstName?: string;
  lastName: string;
  /** 1: a single-field name (a newsroom), as Zotero stores it. */
  fieldMode?: 1;
}

export interface ZoteroItem {
  itemType: 'newspaperArticle' | 'journalArticle';
  /** Local id within one save: what `seeAlso` points at. */
  id: string;
  title: string;
  creators: ZoteroCreator[];
  publicationTitle?: string;
  date?: string;
  url?: string;
  DOI?: string;
  language?: string;
  abstractNote?: string;
  accessDate?: string;
  tags: { tag: string }[];
  notes: { itemType: 'note'; note: string }[];
  seeAlso: string[];
  attachments: [];
}

// A researcher the story names as the study's author, not one commenting on it.
const AUTHOR_ROLE = /\b(author|led|lead|leader|first|senior|principal investigator|co-?author)\b/i;
const NOT_AUTHOR = /\bnot\b|independent|outside|uninvolved/i;

function creator(p: PersonName): ZoteroCreator {
  if (p.family) return { creatorType: 'author', firstName: p.given ?? '', lastName: p.family };
  return { creatorType: 'author', lastName: p.literal ?? '', fieldMode: 1 };
}

function personName(name: string): PersonName {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? { literal: name } : { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

/** The paper's authors as far as the story names them (researchers with an author's role). */
export function paperAuthors(s: Pick<StoryData, 'analysis'>): ZoteroCreator[] {
  return (s.analysis.sources ?? [])
    .filter((r) => r.kind === 'researcher' && r.name && r.role && AUTHOR_ROLE.test(r.role) && !NOT_AUTHOR.test(r.role))
    .slice(0, 50)
    .map((r) => creator(personName(r.name!)));
}

function isoDate(value: string | null): string | undefined {
  const parts = dateParts(value);
  return parts ? parts.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-') : undefined;
}

/** The items for one story; `key` makes the ids unique within a save of several stories. */
export function storyItems(s: ZoteroStory, key: string, now: Date = new Date()): ZoteroItem[] {
  const paper = paperOf(s.analysis);
  const paperId = `${key}-paper`;
  const hasPaper = !!(paper.doi || paper.url || paper.journal);
  const story: ZoteroItem = {
    itemType: 'newspaperArticle',
    id: `${key}-story`,
    title: s.title,
    creators: bylineNames(s.byline).map(creator),
    ...(s.siteName ? { publicationTitle: s.siteName } : {}),
    ...(isoDate(s.publishedTime) ? { date: isoDate(s.publishedTime) } : {}),
    url: s.url,
    ...(s.lang ? { language: s.lang } : {}),
    ...(s.excerpt ? { abstractNote: s.excerpt } : {}),
    accessDate: now.toISOString().replace('T', ' ').slice(0, 19),
    tags: s.tags.map((tag) => ({ tag })),
    notes: [{ itemType: 'note', note: storyNoteHtml(s) }],
    seeAlso: hasPaper ? [paperId] : [],
    attachments: [],
  };
  if (!hasPaper) return [story];
  const journal: ZoteroItem = {
    itemType: 'journalArticle',
    id: paperId,
    title: paperTitle(s),
    creators: paperAuthors(s),
    ...(paper.journal ? { publicationTitle: paper.journal } : {}),
    ...(paper.doi ? { DOI: paper.doi } : {}),
    ...(paper.url ? { url: paper.url } : {}),
    tags: [],
    notes: [],
    seeAlso: [story.id],
    attachments: [],
  };
  return [story, journal];
}

/** The body of one /connector/saveItems request for several stories. */
export function saveItemsPayload(stories: ZoteroStory[], sessionID: string, now: Date = new Date()) {
  return {
    sessionID,
    uri: stories[0]?.url ?? '',
    items: stories.flatMap((s, i) => storyItems(s, `s${i + 1}`, now)),
  };
}
