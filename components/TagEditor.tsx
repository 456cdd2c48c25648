import { useState } from 'preact/hooks';
import { normalizeTag } from '@/lib/db/bulk';
import { t } from './i18n';

/** The story's tags as removable chips, plus a field to add one. */
export function TagEditor({ tags, onAdd, onRemove }: { tags: string[]; onAdd: (tag: string) => void; onRemove: (tag: string) => void }) {
  const [draft, setDraft] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const tag = normalizeTag(draft);
    if (tag) onAdd(tag);
    setDraft('');
  };
  return (
    <section class="reader-tags" aria-labelledby="tags-heading">
      <h2 id="tags-heading" class="panel-title">
        {t('readerTags')}
      </h2>
      {tags.length === 0 ? (
        <p class="placeholder">{t('readerNoTags')}</p>
      ) : (
        <ul class="tag-list" data-testid="reader-tags">
          {tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
              <button type="button" class="tag-remove" aria-label={t('readerTagRemove', tag)} onClick={() => onRemove(tag)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="tag-form" onSubmit={add}>
        <label for="reader-tag-input" class="visually-hidden">
          {t('readerTagInputLabel')}
        </label>
        <input
          id="reader-tag-input"
          type="text"
          value={draft}
          placeholder={t('readerTagInputLabel')}
          data-testid="reader-tag-input"
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="reader-tag-add">
          {t('readerTagAdd')}
        </button>
      </form>
    </section>
  );
}
