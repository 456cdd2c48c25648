import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { PREREAD_ORIGINS, prereadWanted } from '@/components/preread-service';
import { PREREAD_KEY } from '@/lib/preread';

const e2e = import.meta.env.WXT_CAVEAT_E2E === '1';

export function App() {
  const [on, setOn] = useState<boolean | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    prereadWanted().then(setOn, () => setOn(false));
  }, []);

  async function change(wanted: boolean) {
    setStatus('');
    if (wanted) {
      // Asked on the reader's click (browsers allow the question only then); a refusal leaves it off.
      const granted = await browser.permissions.request({ origins: PREREAD_ORIGINS }).catch(() => false);
      if (!granted) {
        setOn(false);
        setStatus(t('prereadRefused'));
        return;
      }
      await browser.storage.local.set({ [PREREAD_KEY]: true });
      setOn(true);
      setStatus(t('prereadTurnedOn'));
    } else {
      await browser.storage.local.set({ [PREREAD_KEY]: false });
      // The sites' access goes back too. (End-to-end builds borrow the test server's address, which every other
      // test needs: Firefox would give it up.)
      if (!e2e) await browser.permissions.remove({ origins: PREREAD_ORIGINS }).catch(() => false);
      setOn(false);
      setStatus(t('prereadTurnedOff'));
    }
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class="option">
        <input
          id="preread"
          type="checkbox"
          data-testid="preread-toggle"
          checked={on === true}
          disabled={on === undefined}
          aria-describedby="preread-help"
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <div>
          <label for="preread">{t('prereadLabel')}</label>
          <p id="preread-help" class="option-help">
            {t('prereadHelp')}
          </p>
        </div>
      </div>
      <p class="option-status" role="status" data-testid="preread-status">
        {status}
      </p>
    </main>
  );
}
