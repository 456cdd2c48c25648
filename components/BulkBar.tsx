import { useState } from 'preact/hooks';
import { normalizeTag } from '@/lib/db/bulk';
import { t } from './i18n';

export interface BulkActions {
  selectShown: () => void;
  clear: () => void;
  addTag: (tag: string) => void;
  removeTag: (tag: string) => void;
  markRead: (read: boolean) => void;
  remove: () => void;
}

/** Actions on the selected stories; disabled while nothing is selected. */
export function BulkBar({ count, shown, actions }: { count: number; shown: number; actions: BulkActions }) {
  const [tag, setTag] = useState('');
  const none = count === 0;
  const withTag = (apply: (tag: string) => void) => () => {
    const clean = normalizeTag(tag);
    if (!clean) return;
    apply(clean);
    setTag('');
  };
  return (
    <div class={none ? 'bulk bulk-none' : 'bulk'} role="toolbar" aria-label={t('listBulkActions')} data-testid="bulk-bar">
      <span class="bulk-count" aria-live="polite" data-testid="selected-count">
        {t('listSelectedCount', String(count))}
      </span>
      <button type="button" onClick={actions.selectShown} disabled={shown === 0} data-testid="select-shown">
        {t('listSelectShown')}
      </button>
      <button type="button" onClick={actions.clear} disabled={none} data-testid="clear-selection">
        {t('listClearSelection')}
      </button>
      <label class="bulk-tag" for="bulk-tag-input">
        <span class="visually-hidden">{t('listTagInputLabel')}</span>
        <input
          id="bulk-tag-input"
          type="text"
          value={tag}
          placeholder={t('listTagInputLabel')}
          data-testid="bulk-tag-input"
          onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !none) withTag(actions.addTag)();
          }}
        />
      </label>
      <button type="button" disabled={none || !normalizeTag(tag)} onClick={withTag(actions.addTag)} data-testid="bulk-tag-add">
        {t('listTagAdd')}
      </button>
      <button type="button" disabled={none || !normalizeTag(tag)} onClick={withTag(actions.removeTag)} data-testid="bulk-tag-remove">
        {t('listTagRemove')}
      </button>
      <button type="button" disabled={none} onClick={() => actions.markRead(true)} data-testid="bulk-read">
        {t('listMarkRead')}
      </button>
      <button type="button" disabled={none} onClick={() => actions.markRead(false)} data-testid="bulk-unread">
        {t('listMarkUnread')}
      </button>
      <button type="button" class="danger" disabled={none} onClick={actions.remove} data-testid="bulk-delete">
        {t('listDelete')}
      </button>
    </div>
  );
}
