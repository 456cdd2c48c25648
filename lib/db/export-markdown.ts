/** Markdown: a readable list of stories with their verdict, the paper and the reader's tags and notes. */
import { claimWarningNote, dateParts, paperOf } from './export-common';
import { paperFacts } from './export-paper';
import { peerReviewLine } from '../paper/status';
import type { StoryData } from './schema';

/** Escapes Markdown syntax so page text cannot become links, images or headings. */
export function mdText(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`);
}

/** URLs inside <…> need only their angle brackets and spaces encoded. */
function mdUrl(url: string): string {
  return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

function storyBlock(s: StoryData): string {
  const paper = paperOf(s.analysis, s.paper);
  const date = dateParts(s.publishedTime);
  const r = s.analysis.research;
  const meta = [s.byline, s.siteName, date ? date.map((n) => String(n).padStart(2, '0')).join('-') : null].filter(Boolean).map((v) => mdText(v as string));
  const lines = [`## [${mdText(s.title)}](<${mdUrl(s.url)}>)`, ''];
  if (meta.length) lines.push(meta.join(' · '), '');
  const peer = peerReviewLine(r, s.paper);
  const peerText = peer.source === 'crossref' ? `${peer.peerReview}${peer.journal ? ` in ${mdText(peer.journal)}` : ''} \\(Crossref\\)` : r.peerReview;
  lines.push(`- Study type: ${r.studyType}${r.humanPhase ? ` (phase ${r.humanPhase})` : ''}; ${peerText}`);
  const warning = claimWarningNote(s.analysis);
  if (warning) lines.push(`- ${mdText(warning)}`);
  if (paper.journal || paper.url) {
    const link = paper.url ? ` <${mdUrl(paper.url)}>` : '';
    const title = paper.title ? `“${mdText(paper.title)}”, ` : '';
    lines.push(`- Paper: ${title}${paper.journal ? mdText(paper.journal) : 'link'}${paper.doi ? `, doi:${mdText(paper.doi)}` : ''}${link}`);
  }
  const facts = paperFacts(s.paper);
  if (facts) {
    lines.push(`- ${mdText(facts.status)}${facts.notice ? `, notice <${mdUrl(facts.notice)}>` : ''}`);
    if (facts.publishedIn) lines.push(`- Preprint, since published${facts.publishedIn.journal ? ` in ${mdText(facts.publishedIn.journal)}` : ''}: <${mdUrl(facts.publishedIn.url)}>`);
    if (facts.openCopy) lines.push(`- Open copy${facts.openCopy.pdf ? ' (PDF)' : ''}: <${mdUrl(facts.openCopy.url)}>`);
  }
  if (s.tags.length) lines.push(`- Tags: ${s.tags.map(mdText).join(', ')}`);
  lines.push(`- ${s.read ? 'Read' : 'Unread'}; saved ${new Date(s.savedAt).toISOString().slice(0, 10)}`);
  if (s.notes.trim()) lines.push('', ...s.notes.trim().split(/\n/).map((l) => `> ${mdText(l)}`));
  for (const h of s.highlights ?? []) {
    lines.push('', `> ${mdText(h.exact)}`);
    if (h.note.trim()) lines.push('', ...h.note.trim().split(/\n/).map((l, i) => `${i ? '  ' : '- Note: '}${mdText(l)}`));
  }
  return lines.join('\n');
}

export function exportMarkdown(stories: StoryData[], now: Date = new Date()): string {
  const head = `# Caveat reading list\n\nExported ${now.toISOString().slice(0, 10)} · ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`;
  return [head, ...stories.map(storyBlock)].join('\n\n') + '\n';
}
