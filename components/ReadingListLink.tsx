import { t } from './i18n';
import './save-button.css';

/** Opens the library page in a new tab (tabs.create needs no "tabs" permission). */
export function ReadingListLink() {
  return (
    <button
      type="button"
      class="reading-list-link"
      data-testid="open-library"
      onClick={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      }}
    >
      {t('listOpen')}
    </button>
  );
}
