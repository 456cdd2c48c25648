/**
 * RIS (EndNote, Zotero, Mendeley). A story is `NEWS` (newspaper article); when the analysis found the paper's
 * DOI or link, a `JOUR` record for the paper follows, since RIS importers read a DOI only from a record's `DO`
 * tag. RIS cannot link records, so each names the other in `N1`.
 */
import { bylineNames, dateParts, hasPaperLink, isoDay, paperNote, paperOf, paperTitle, highlightsNote, verdictNote, type PersonName } from './export-common';
import { paperCheckNote } from './export-paper';
import type { StoryData } from './schema';

/** One tag line; RIS is line-based, so values are flattened to one line. */
function tag(name: string, value: string | null | undefined): string[] {
  const flat = (value ?? '').replace(/[\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat ? [`${name}  - ${flat}`] : [];
}

function risName(p: PersonName): string {
  return p.literal ?? `${p.family}, ${p.given}`;
}

function risDate(parts: number[]): string {
  // RIS dates are YYYY/MM/DD/other; missing parts stay empty.
  return `${parts[0]}/${parts[1] ? String(parts[1]).padStart(2, '0') : ''}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/`;
}

export function exportRis(stories: StoryData[]): string {
  const records: string[][] = [];
  for (const s of stories) {
    const paper = paperOf(s.analysis, s.paper);
    const date = dateParts(s.publishedTime);
    records.push([
      'TY  - NEWS',
      ...tag('TI', s.title),
      ...bylineNames(s.byline).flatMap((p) => tag('AU', risName(p))),
      ...(date ? [...tag('PY', String(date[0])), ...tag('DA', risDate(date))] : []),
      ...tag('T2', s.siteName),
      ...tag('UR', s.url),
      ...tag('Y2', risDate(dateParts(isoDay(s.savedAt)) as number[])),
      ...tag('LA', s.lang),
      ...tag('AB', s.excerpt),
      ...s.tags.flatMap((t) => tag('KW', t)),
      ...tag('N1', [paperNote(paper), verdictNote(s.analysis, s.paper), paperCheckNote(s.paper), s.notes, highlightsNote(s)].filter(Boolean).join(' ')),
      'ER  - ',
    ]);
    if (hasPaperLink(paper)) {
      records.push([
        'TY  - JOUR',
        ...tag('TI', paperTitle(s, paper)),
        ...(paper.authors ?? []).flatMap((p) => tag('AU', risName(p))),
        ...(paper.issued ? [...tag('PY', String(paper.issued[0])), ...tag('DA', risDate(paper.issued))] : []),
        ...tag('T2', paper.journal),
        ...tag('JO', paper.journal),
        ...tag('DO', paper.doi),
        ...tag('UR', paper.url),
        // L1: a link to the full text, which reference managers attach to the record.
        ...tag('L1', s.paper?.openCopy?.url),
        ...tag('N1', [`Reported by ${s.siteName ?? 'a news story'}: ${s.url}`, paperCheckNote(s.paper)].filter(Boolean).join(' ')),
        'ER  - ',
      ]);
    }
  }
  // RIS wants CRLF line ends; importers accept them everywhere.
  return records.map((r) => r.join('\r\n')).join('\r\n\r\n') + '\r\n';
}
