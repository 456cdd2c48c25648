import type { Source } from '@/lib/analysis/types';
import { doiUrl } from '@/lib/analysis/sources/check-links';
import { t, type MessageKey } from './i18n';

/** An outside link: opens in a new tab, tells screen readers so, and sends no referrer. */
export function OutLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> {t('sourcesNewTab')}</span>
    </a>
  );
}

const ROLE_KEYS: Record<string, MessageKey> = {
  'lead author': 'sourcesRoleLeadAuthor',
  'senior author': 'sourcesRoleSeniorAuthor',
  'study co-author': 'sourcesRoleCoAuthor',
  'study author': 'sourcesRoleStudyAuthor',
  'not involved in the study': 'sourcesRoleNotInvolved',
  commenting: 'sourcesRoleCommenting',
};

/** The host of a web address, or null: a stored story may come from an import file with any text in its links. */
function hostOrNull(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Only web links that parse are shown as links; anything else from a page stays text. */
const safeUrl = (url?: string): string | undefined => (url && /^https?:\/\//i.test(url) && hostOrNull(url) ? url : undefined);

function label(source: Source): string {
  if (source.name) return source.name;
  if (source.doi) return source.doi;
  if (source.kind === 'press-release') return t('sourcesPressRelease');
  if (source.kind === 'preprint') return t('sourcesPreprint');
  return (source.url && hostOrNull(source.url)) || t('sourcesPaperLink');
}

const hostOf = (url: string) => (hostOrNull(url) ?? url).replace(/^www\./, '');

/** One cited source: its name or link, DOI, role, and the sentence it came from behind a disclosure. */
function SourceItem({ source }: { source: Source }) {
  let url = safeUrl(source.url);
  // A paper known only by its DOI is named by the DOI line alone (a head saying the same DOI again is noise).
  const doiOnly = !source.name && !!source.doi;
  if (doiOnly && url?.startsWith('https://doi.org/')) url = undefined;
  const role = source.role ? (ROLE_KEYS[source.role] ? t(ROLE_KEYS[source.role]) : source.role) : null;
  const detail = [role, source.affiliation].filter(Boolean).join(', ');
  const linked = url && source.kind !== 'institution' && source.kind !== 'researcher' ? url : undefined;
  const showHead = !doiOnly || url || detail;
  const showDoiLink = !(url && url.startsWith('https://doi.org/'));
  return (
    <li class="source-item" data-kind={source.kind}>
      {showHead && (
        <p class="source-head">
          {source.kind === 'journal' && <span class="source-tag">{t('sourcesJournal')}</span>}
          {linked ? (
            <OutLink href={linked}>{doiOnly ? hostOf(linked) : label(source)}</OutLink>
          ) : (
            !doiOnly && <span class="source-name">{label(source)}</span>
          )}
          {detail && <span class="source-detail">{doiOnly && !linked ? detail : ` — ${detail}`}</span>}
        </p>
      )}
      {source.doi && (
        <p class="source-doi">
          {t('sourcesDoi')}{' '}
          {showDoiLink ? <OutLink href={doiUrl(source.doi)}>{source.doi}</OutLink> : <code>{source.doi}</code>}
        </p>
      )}
      {source.evidence && (
        <details class="source-evidence">
          <summary>
            {t('sourcesEvidence')}
            {/* Many sources have this disclosure: a screen reader hears which one. */}
            <span class="visually-hidden">: {source.name ?? source.doi ?? label(source)}</span>
          </summary>
          <blockquote>{source.evidence}</blockquote>
        </details>
      )}
    </li>
  );
}

/** A titled group of sources of one kind. */
export function SourceList({ id, title, sources }: { id: string; title: string; sources: Source[] }) {
  if (!sources.length) return null;
  return (
    <div class="source-group" role="group" aria-labelledby={`sources-${id}`}>
      <h3 id={`sources-${id}`} class="source-group-title">
        {title}
      </h3>
      <ul class="source-list">
        {sources.map((s, i) => (
          <SourceItem key={`${s.kind}-${s.name ?? s.doi ?? s.url ?? i}`} source={s} />
        ))}
      </ul>
    </div>
  );
}
