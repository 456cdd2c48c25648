import { firstUpdate, paperStatus } from '@/lib/paper/status';
import type { PaperCheck, PaperUpdateKind } from '@/lib/paper/types';
import { t, type MessageKey } from './i18n';
import { paperDate } from './paper-labels';

const doiLink = (doi: string) => `https://doi.org/${doi}`;

const FLAG_WORDS: Record<PaperUpdateKind, { dated: MessageKey; undated: MessageKey; body?: MessageKey }> = {
  retraction: { dated: 'paperRetracted', undated: 'paperRetractedUndated', body: 'paperRetractedBody' },
  'expression-of-concern': { dated: 'paperConcern', undated: 'paperConcernUndated', body: 'paperConcernBody' },
  correction: { dated: 'paperCorrected', undated: 'paperCorrectedUndated' },
};

/** The paper's gravest notice as a banner: red for a retraction, amber for a concern, a plain line for a correction. */
export function PaperBanner({ check }: { check: PaperCheck }) {
  const kind = paperStatus(check);
  if (!kind) return null;
  const update = firstUpdate(check, kind)!;
  const words = FLAG_WORDS[kind];
  const date = paperDate(update.date);
  const title = date ? t(words.dated, date) : t(words.undated);
  return (
    <div class={`paper-banner paper-banner-${kind}`} role="note" data-testid={`paper-${kind}`}>
      <strong>{title}</strong>
      {update.noticeDoi && (
        <>
          {' '}
          (<a href={doiLink(update.noticeDoi)} target="_blank" rel="noopener noreferrer" aria-label={t('paperNoticeLabel', title)}>
            {t('paperNotice')}
          </a>)
        </>
      )}
      {words.body && <p>{t(words.body)}</p>}
    </div>
  );
}

/** What the check found besides the banner: the record, the journal version, an open copy, when it was checked. */
export function PaperFindings({ check, onForget }: { check: PaperCheck; onForget?: () => void }) {
  if (!check.found) {
    return (
      <p class="paper-line" data-testid="paper-not-found">
        {t('paperNotFound', check.doi)}
      </p>
    );
  }
  const version = check.publishedVersion;
  const record = [check.journal, paperDate(check.published)].filter(Boolean).join(' · ');
  return (
    <div class="paper-findings" data-testid="paper-findings">
      <p class="paper-record">
        <a href={doiLink(check.doi)} target="_blank" rel="noopener noreferrer" data-testid="paper-record">
          {check.title ?? check.doi}
        </a>
        {record && <span class="paper-meta"> · {record}</span>}
      </p>
      {!paperStatus(check) && <p class="paper-line paper-clean" data-testid="paper-clean">✓ {t('paperClean')}</p>}
      {version ? (
        <p class="paper-line" data-testid="paper-published-version">
          {version.journal ? t('paperPreprintPublishedIn', version.journal) : t('paperPreprintPublished')} (
          <a href={doiLink(version.doi)} target="_blank" rel="noopener noreferrer">
            {t('paperPublishedVersion')}
          </a>
          )
        </p>
      ) : (
        check.preprint && <p class="paper-line" data-testid="paper-preprint-only">{t('paperPreprintOnly')}</p>
      )}
      {check.openCopy ? (
        <p class="paper-line">
          <a class="paper-open-copy" href={check.openCopy.url} target="_blank" rel="noopener noreferrer" data-testid="paper-open-copy">
            {t(check.openCopy.pdf ? 'paperOpenCopyPdf' : 'paperOpenCopy')}
          </a>
        </p>
      ) : (
        check.openCopyNote && (
          <p class="paper-line paper-meta" data-testid="paper-open-copy-note">
            {t(({ 'no-contact': 'paperNoContact', none: 'paperNoOpenCopy', failed: 'paperOpenCopyFailed' } as const)[check.openCopyNote])}
          </p>
        )
      )}
      {check.matchedBy === 'reader' && (
        <p class="paper-line paper-meta" data-testid="paper-chosen">
          {t('paperChosenByYou')}{' '}
          {onForget && (
            <button type="button" class="paper-secondary" onClick={onForget} data-testid="paper-forget">
              {t('paperForget')}
            </button>
          )}
        </p>
      )}
      <p class="paper-line paper-meta" data-testid="paper-checked-on">
        {t('paperCheckedOn', paperDate(check.checkedAt))}
      </p>
    </div>
  );
}
