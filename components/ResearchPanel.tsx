import type { Research } from '@/lib/analysis/types';
import { peerReviewLine } from '@/lib/paper/status';
import type { PaperCheck } from '@/lib/paper/types';
import { alternativesText, confidenceWords, evidenceLabel, onLadder, studyTypeText, verdictParts } from './research-labels';
import { Section } from './Section';
import { StageLadder } from './StageLadder';
import { StudyTypeIcon } from './StudyTypeIcon';
import { t } from './i18n';
import './research.css';

/** What stage the research is at: a one-line verdict, the ladder, then the sentences that decided it. */
export function ResearchPanel({ research: story, paper }: { research: Research; paper?: PaperCheck }) {
  // A checked paper's record decides the peer-review line where it knows more than the story (named below the verdict).
  const line = peerReviewLine(story, paper);
  const { journal: _storyJournal, ...rest } = story;
  const research: Research = line.source === 'crossref' ? { ...rest, peerReview: line.peerReview, ...(line.journal ? { journal: line.journal } : {}) } : story;
  const others = research.otherStudies ?? [];
  return (
    <Section id="research" title={t('sectionResearch')}>
      <p class={`research-verdict${research.sure !== false ? '' : ' research-unsure'}`} data-testid="research-verdict" data-sure={String(research.sure !== false)}>
        <StudyTypeIcon type={research.studyType} />
        <span>
          {research.sure === false && <strong class="research-not-sure">{t('researchNotSure')} </strong>}
          {verdictParts(research).join(' · ')}
        </span>
      </p>
      {line.source === 'crossref' && (
        <p class="research-note" data-testid="research-peer-source">
          {t('paperPeerSource')}
        </p>
      )}
      {research.sure === false && (
        <p class="research-note" data-testid="research-unsure-note">
          {t('researchNotSureNote')} {alternativesText(research)}
        </p>
      )}
      {research.retracted && (
        <p class="research-retracted" role="note" data-testid="research-retracted">
          {t('researchRetractedNote')}
        </p>
      )}
      <p class="research-confidence">{confidenceWords(research.confidence)}</p>
      {research.studyType === 'none' && <p class="research-note">{t('researchNoStudy')}</p>}
      {onLadder(research) && <StageLadder research={research} />}
      {others.length > 0 && (
        <>
          <h3 class="research-subhead">{t('researchOtherStudies')}</h3>
          <ul class="research-others">
            {others.map((o) => (
              <li key={o.text}>
                <StudyTypeIcon type={o.studyType} />
                <span>
                  <strong>{studyTypeText(o.studyType)}</strong>: <q>{o.text}</q>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="research-subhead">{t('researchWhy')}</h3>
      {research.evidence.length ? (
        <ul class="research-evidence">
          {research.evidence.map((e, i) => (
            <li key={i}>
              <span class="research-evidence-label">{evidenceLabel(e)}</span>
              <blockquote>{e.text}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p class="research-note">{t('researchNoEvidence')}</p>
      )}
      <h3 class="research-subhead">{t('researchCaveats')}</h3>
      {research.caveats.length ? (
        <ul class="research-caveats">
          {research.caveats.map((c) => (
            <li key={c}>
              <blockquote>{c}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p class="research-note">{t('researchNoCaveats')}</p>
      )}
    </Section>
  );
}
