/** The Zotero note that goes with a story: Caveat's analysis, the reader's notes and highlights, as simple HTML. */
import type { Analysis } from '../analysis/types';
import { claimWarningNote } from '../db/export-common';
import type { StoryData } from '../db/schema';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Page text becomes text in Zotero's note editor, never markup. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const para = (s: string) => `<p>${esc(s)}</p>`;

function researchPart(a: Analysis): string[] {
  const r = a.research;
  const out = [para(`Study type: ${r.studyType}${r.humanPhase ? ` (phase ${r.humanPhase})` : ''}; subjects: ${r.subjects}; ${r.peerReview}.`)];
  const warning = claimWarningNote(a);
  if (warning) out.push(para(warning));
  if (r.evidence.length) out.push(`<ul>${r.evidence.slice(0, 5).map((e) => `<li>${esc(`${e.label}: ${e.text}`)}</li>`).join('')}</ul>`);
  if (r.caveats.length) out.push('<h2>The story’s caveats</h2>', `<ul>${r.caveats.slice(0, 5).map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`);
  return out;
}

function sourcesPart(a: Analysis): string[] {
  const named = (a.sources ?? []).filter((s) => s.name || s.doi || s.url).slice(0, 20);
  if (!named.length) return [];
  const line = (s: (typeof named)[number]) =>
    [s.kind, s.name, s.role, s.affiliation, s.doi ? `doi:${s.doi}` : undefined, s.url].filter(Boolean).join(' · ');
  return ['<h2>Sources</h2>', `<ul>${named.map((s) => `<li>${esc(line(s))}</li>`).join('')}</ul>`];
}

export type NoteStory = Pick<StoryData, 'title' | 'analysis' | 'notes' | 'highlights'>;

/** One HTML note: the verdict with its evidence, the sources, the reader's notes, each highlight with its note. */
export function storyNoteHtml(s: NoteStory): string {
  const parts = [`<h1>${esc(`Caveat: ${s.title}`)}</h1>`, ...researchPart(s.analysis), ...sourcesPart(s.analysis)];
  if (s.notes.trim()) parts.push('<h2>My notes</h2>', ...s.notes.trim().split(/\n+/).map(para));
  if (s.highlights?.length) {
    parts.push('<h2>Highlights</h2>');
    for (const h of s.highlights) {
      parts.push(`<blockquote>${para(h.exact)}</blockquote>`);
      if (h.note.trim()) parts.push(para(`Note: ${h.note.trim()}`));
    }
  }
  return parts.join('\n');
}
