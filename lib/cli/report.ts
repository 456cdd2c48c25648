import type { Analysis } from '../analysis/types';

const STUDY_LABELS: Record<string, string> = {
  'in-vitro': 'Lab study on cells or tissue',
  animal: 'Study in animals',
  'human-trial': 'Trial in people',
  observational: 'Observational study of people',
  'case-report': 'Case report (one or a few patients)',
  'meta-analysis': 'Meta-analysis or systematic review',
  review: 'Review or expert opinion',
  modelling: 'Computer model or simulation',
  observation: 'Observation of nature (telescope, field, fossils…)',
  'lab-experiment': 'Lab experiment or device test',
  none: 'No specific study',
};

const PEER_LABELS: Record<string, string> = {
  'peer-reviewed': 'peer reviewed',
  preprint: 'preprint (not yet peer reviewed)',
  unpublished: 'not published (talk, press release or announcement)',
  unknown: 'publication status not stated',
};

/** The readable report `caveat analyze` prints without --json. */
export function formatReport(a: Analysis): string {
  const lines: string[] = [];
  const art = a.article;
  lines.push(art.title || '(untitled)');
  const meta = [art.siteName, art.byline, art.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  lines.push(`${art.wordCount} words · ${art.readingMinutes} min read · ${a.url}`, '');
  const r = a.research;
  lines.push('RESEARCH STAGE');
  const phase = r.humanPhase ? ` · phase ${r.humanPhase}` : '';
  lines.push(`  ${STUDY_LABELS[r.studyType] ?? r.studyType}${phase} · ${PEER_LABELS[r.peerReview] ?? r.peerReview} · confidence ${Math.round(r.confidence * 100)}%`);
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
