/**
 * The labelled stories the research-stage model learns from: the corpus beside the project (../shared/corpus:
 * the 87 hand-labelled stories, fakehealth/, insciout/, cardiff/) and the stories written for the project
 * (scripts/train/stories/). Each page is extracted once, as the extension would, and cached in .cache/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseHtml } from '../../lib/cli/parse-html';
import { extractArticle } from '../../lib/extract';
import type { ExtractedArticle } from '../../lib/extract/types';
import { loadPage } from '../corpus-pages';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus');
const CACHE = join(ROOT, '.cache', 'train');

/** One labelled story. Absent fields are not labelled in its set. */
export interface Item {
  id: string;
  /** hand (the 87), fakehealth, insciout, cardiff, ours-en, ours-de. */
  set: string;
  /** Stories about the same paper share a group, so they land in one fold. */
  group: string;
  kind?: string;
  lang: string;
  studyType?: string;
  studyTypeAlt: string[];
  subjects?: string;
  peerReview?: string;
  humanPhase?: number | null;
  /** The set says the story reports a study (cardiff: every story is linked to its paper). */
  reportsStudy?: boolean;
  article: ExtractedArticle;
}

interface Label {
  id: string;
  file: string;
  url?: string;
  lang?: string;
  kind?: string;
  article?: string;
  paper?: { pmid?: string };
  studyType?: string;
  studyTypeAlt?: string[];
  subjects?: string;
  peerReview?: string;
  humanPhase?: number | null;
}


function extract(path: string, url: string, lang: string): ExtractedArticle | null {
  const html = loadPage(path, lang);
  const key = createHash('sha1').update(`${url}\n${html}`).digest('hex');
  const cached = join(CACHE, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const { document, close } = parseHtml(html, url);
  try {
    const r = extractArticle(document, { url });
    if (!r.ok) return null;
    const article = { ...r.article, contentHtml: '' };
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, JSON.stringify(article));
    return article;
  } finally {
    void close();
  }
}

const SETS: { set: string; files: () => string[] }[] = [
  { set: 'hand', files: () => readdirSync(CORPUS).filter((f) => /^labels.*\.jsonl$/.test(f)).sort().map((f) => join(CORPUS, f)) },
  { set: 'fakehealth', files: () => [join(CORPUS, 'fakehealth', 'labels.jsonl')] },
  { set: 'insciout', files: () => [join(CORPUS, 'insciout', 'labels.jsonl')] },
  { set: 'cardiff', files: () => [join(CORPUS, 'cardiff', 'labels.jsonl')] },
  { set: 'ours-en', files: () => [join(ROOT, 'scripts/train/stories/en/labels.jsonl')] },
  { set: 'ours-de', files: () => [join(ROOT, 'scripts/train/stories/de/labels.jsonl')] },
];

/** Every labelled story of every set that exists here, extracted. */
export function loadItems(log: (s: string) => void = () => {}): Item[] {
  const items: Item[] = [];
  for (const { set, files } of SETS) {
    let n = 0;
    for (const file of files()) {
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const l = JSON.parse(line) as Label;
        const lang = l.lang ?? 'en';
        const url = l.url ?? `https://example.org/${l.id}`;
        const article = extract(resolve(dirname(file), l.file), url, lang);
        if (!article) continue;
        const group = l.article ? `${set}:${l.article}` : l.paper?.pmid ? `${set}:${l.paper.pmid}` : `${set}:${l.id}`;
        items.push({
          id: l.id, set, group, kind: l.kind, lang, article,
          studyType: l.studyType ?? undefined,
          studyTypeAlt: l.studyTypeAlt ?? [],
          subjects: l.subjects,
          peerReview: l.peerReview,
          humanPhase: l.humanPhase,
          reportsStudy: set === 'cardiff' ? true : undefined,
        });
        n++;
      }
    }
    if (n) log(`${set}: ${n} stories`);
  }
  return items;
}
