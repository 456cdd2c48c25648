import { PEER_REVIEW, STUDY_TYPES } from '@/lib/analysis/types';
import { LIBRARY_SORTS, type LibraryFacets, type LibraryQuery, type LibrarySort } from '@/lib/reading-list/library-query';
import { t, type MessageKey } from './i18n';
import { peerLabel, studyLabel } from './labels';

const SORT_KEYS: Record<LibrarySort, MessageKey> = {
  'saved-desc': 'listSortSavedNew',
  'saved-asc': 'listSortSavedOld',
  'published-desc': 'listSortPublished',
  'title-asc': 'listSortTitle',
};

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

function LabelledSelect({ id, label, value, options, onChange }: SelectProps) {
  return (
    <label class="field" for={id}>
      <span class="field-label">{label}</span>
      <select id={id} value={value} data-testid={id} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search box, filters and sort for the library; every change is reported as a new query. */
export function LibraryToolbar({ query, facets, onChange }: { query: LibraryQuery; facets: LibraryFacets; onChange: (q: LibraryQuery) => void }) {
  const set = <K extends keyof LibraryQuery>(key: K) => (value: string) => onChange({ ...query, [key]: value });
  const any = { value: '', label: t('listFilterAny') };
  // Keep the order of the contract's lists; show only values that occur (plus the current one).
  const studies = STUDY_TYPES.filter((s) => facets.studyTypes.includes(s) || s === query.studyType);
  const peers = PEER_REVIEW.filter((p) => facets.peerReviews.includes(p) || p === query.peerReview);
  const withCurrent = (values: string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);
  return (
    <div class="toolbar" role="search">
      <label class="field field-search" for="list-search">
        <span class="field-label">{t('listSearchLabel')}</span>
        <input
          id="list-search"
          type="search"
          data-testid="list-search"
          value={query.text}
          placeholder={t('listSearchPlaceholder')}
          onInput={(e) => onChange({ ...query, text: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <fieldset class="filters">
        <legend class="visually-hidden">{t('listFiltersHeading')}</legend>
        <LabelledSelect id="filter-study" label={t('listFilterStudyType')} value={query.studyType} onChange={set('studyType')}
          options={[any, ...studies.map((s) => ({ value: s, label: studyLabel(s) }))]} />
        <LabelledSelect id="filter-peer" label={t('listFilterPeerReview')} value={query.peerReview} onChange={set('peerReview')}
          options={[any, ...peers.map((p) => ({ value: p, label: peerLabel(p) }))]} />
        <LabelledSelect id="filter-journal" label={t('listFilterJournal')} value={query.journal} onChange={set('journal')}
          options={[any, ...withCurrent(facets.journals, query.journal).map((j) => ({ value: j, label: j }))]} />
        <LabelledSelect id="filter-tag" label={t('listFilterTag')} value={query.tag} onChange={set('tag')}
          options={[any, ...withCurrent(facets.tags, query.tag).map((tag) => ({ value: tag, label: tag }))]} />
        <LabelledSelect id="filter-read" label={t('listFilterRead')} value={query.read} onChange={set('read')}
          options={[any, { value: 'unread', label: t('listReadUnread') }, { value: 'read', label: t('listReadRead') }]} />
        <LabelledSelect id="filter-claims" label={t('listFilterClaims')} value={query.claims} onChange={set('claims')}
          options={[any, { value: 'warned', label: t('listClaimsWarned') }]} />
        <LabelledSelect id="filter-paper" label={t('paperSection')} value={query.paper} onChange={set('paper')}
          options={[any, { value: 'flagged', label: t('libraryPaperFilter') }]} />
        <LabelledSelect id="list-sort" label={t('listSortLabel')} value={query.sort} onChange={set('sort')}
          options={LIBRARY_SORTS.map((s) => ({ value: s, label: t(SORT_KEYS[s]) }))} />
      </fieldset>
    </div>
  );
}
