/**
 * BibTeX (biblatex-compatible). A story is `@article` with `journal` = the news site: that is how Zotero and
 * Mendeley import and export newspaper articles in BibTeX. When the analysis found the paper's DOI or link, a
 * second `@article` follows for the paper itself (journal, doi, url), so a reference manager can look it up by
 * DOI; the two are tied by biblatex's `related` field and by `note` for tools that ignore `related`.
 */
import { bylineNames, citationKeys, dateParts, hasPaperLink, isoDay, paperNote, paperOf, paperTitle, highlightsNote, verdictNote, type PersonName } from './export-common';
import { paperCheckNote } from './export-paper';
import type { StoryData } from './schema';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes LaTeX specials in text. Braces become LaTeX commands so BibTeX's brace counting stays balanced. */
export function bibText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\\{}&%$#_~^]/g, (c) =>
      ({ '\\': '{\\textbackslash}', '{': '{\\textbraceleft}', '}': '{\\textbraceright}', '~': '{\\textasciitilde}', '^': '{\\textasciicircum}' })[c] ?? `\\${c}`,
    )
    .trim();
}

/** URLs and DOIs are verbatim in biblatex; only braces and spaces could break the entry, so they are percent-encoded. */
function bibVerbatim(value: string): string {
  return value.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));
}

function bibName(p: PersonName): string {
  // Extra braces keep a newsroom name from being split into given and family names.
  if (p.literal) return `{${bibText(p.literal)}}`;
  return `${bibText(p.family ?? '')}, ${bibText(p.given ?? '')}`;
}

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `  ${k} = ${v}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

const braced = (v: string | null | undefined) => (v ? `{${bibText(v)}}` : undefined);

export function exportBibtex(stories: StoryData[]): string {
  const keys = citationKeys(stories);
  const out: string[] = [];
  stories.forEach((s, i) => {
    const paper = paperOf(s.analysis, s.paper);
    const linked = hasPaperLink(paper);
    const date = dateParts(s.publishedTime);
    const names = bylineNames(s.byline);
    out.push(
      entry('article', keys[i], [
        // Double braces keep the headline's capitals as written.
        ['title', `{{${bibText(s.title)}}}`],
        ['author', names.length ? `{${names.map(bibName).join(' and ')}}` : undefined],
        ['journal', braced(s.siteName)],
        ['date', date ? `{${date.map((n) => String(n).padStart(2, '0')).join('-')}}` : undefined],
        ['year', date ? `{${date[0]}}` : undefined],
        ['month', date && date[1] ? MONTHS[date[1] - 1] : undefined],
        ['url', `{${bibVerbatim(s.url)}}`],
        ['urldate', `{${isoDay(s.savedAt)}}`],
        ['langid', braced(s.lang)],
        ['keywords', s.tags.length ? braced(s.tags.join(', ')) : undefined],
        ['abstract', braced(s.excerpt)],
        ['note', braced([paperNote(paper), verdictNote(s.analysis, s.paper), paperCheckNote(s.paper), s.notes, highlightsNote(s)].filter(Boolean).join(' '))],
        ['related', linked ? `{${keys[i]}-paper}` : undefined],
      ]),
    );
    if (linked) {
      out.push(
        entry('article', `${keys[i]}-paper`, [
          ['title', `{${bibText(paperTitle(s, paper))}}`],
          ['author', paper.authors ? `{${paper.authors.map(bibName).join(' and ')}}` : undefined],
          ['journal', braced(paper.journal)],
          ['date', paper.issued ? `{${paper.issued.map((n) => String(n).padStart(2, '0')).join('-')}}` : undefined],
          ['doi', paper.doi ? `{${bibVerbatim(paper.doi)}}` : undefined],
          ['url', paper.url ? `{${bibVerbatim(paper.url)}}` : undefined],
          ['note', braced([`Reported by ${s.siteName ?? 'a news story'}: ${s.url}`, paperCheckNote(s.paper)].filter(Boolean).join(' '))],
        ]),
      );
    }
  });
  return out.join('\n\n') + '\n';
}
