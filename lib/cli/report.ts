import type { Analysis } from '../analysis/types';
import { animalSpecies } from '../analysis/research/species';
import { message } from './messages';

const key = (prefix: string, value: string) => `${prefix}${value.replaceAll('-', '_')}`;

/** The readable report `caveat analyze` prints without --json. */
export function formatReport(a: Analysis): string {
  const lines: string[] = [];
  const art = a.article;
  lines.push(art.title || '(untitled)');
  const meta = [art.siteName, art.byline, art.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  lines.push(`${message('wordsAndMinutes', [String(art.wordCount), String(art.readingMinutes)])} · ${a.url}`, '');
  const r = a.research;
  lines.push('RESEARCH STAGE');
  const phase = r.humanPhase ? ` · ${message('researchPhase', String(r.humanPhase))}` : '';
  const peer = r.peerReview === 'peer-reviewed' && r.journal ? message('peerReviewedIn', r.journal) : message(key('peer_', r.peerReview));
  const species = r.studyType === 'animal' ? animalSpecies(r.evidence.filter((e) => e.label === 'studyType').map((e) => e.text)) : undefined;
  const type = species ? message('studyInSpecies', species) : message(key('studyType_', r.studyType));
  const retracted = r.retracted ? ` · ${message('researchRetracted')}` : '';
  lines.push(`  ${type}${phase} · ${peer}${retracted} · confidence ${Math.round(r.confidence * 100)}%`);
  if (r.retracted) lines.push(`  ${message('researchRetractedNote')}`);
  for (const e of r.evidence) lines.push(`  [${e.label}] “${e.text}”`);
  for (const c of r.caveats) lines.push(`  caveat: “${c}”`);
  lines.push('', 'SOURCES');
  if (!a.sources.length) lines.push('  This story names no source.');
  for (const s of a.sources) {
    const bits = [s.name, s.doi && `doi:${s.doi}`, s.url, s.role && `(${s.role})`].filter(Boolean).join(' ');
    lines.push(`  ${s.kind.padEnd(13)} ${bits}`);
  }
  lines.push('', 'WORDS IN THIS STORY');
  if (!a.glossary.length) lines.push('  No glossary terms found.');
  for (const g of a.glossary) lines.push(`  ${g.term} (${g.count}×): ${g.definition}`);
  return lines.join('\n');
}
