import { useEffect, useState } from 'preact/hooks';
import type { PaperSettings } from '@/lib/paper/settings';
import type { PaperCandidate, PaperCheck, PaperHints } from '@/lib/paper/types';
import { isContact } from '@/lib/paper/urls';
import { t } from './i18n';
import { PaperBanner, PaperFindings } from './PaperFindings';
import { paperErrorText } from './paper-labels';
import { browserPaperService, type PaperAccess, type PaperService } from './paper-service';
import './paper.css';

type State =
  | { kind: 'idle' }
  | { kind: 'consent'; contact: string; invalid: boolean }
  | { kind: 'busy'; searching: boolean }
  | { kind: 'candidates'; list: PaperCandidate[] }
  | { kind: 'message'; text: string };

export interface PaperPanelProps {
  /** The DOI the story cites; without one the check searches Crossref and the reader confirms. */
  doi?: string;
  hints: PaperHints;
  /** The last check of this story's paper (cache or saved story). */
  check?: PaperCheck;
  /** Keeps a new check (the cache, saved stories); a failure here is shown, the check still displays. */
  onChecked: (check: PaperCheck) => Promise<void>;
  onForget?: () => Promise<void>;
  service?: PaperService;
}

/** "Check the paper": never automatic; the first click explains what is sent and asks the browser for the two hosts. */
export function PaperPanel({ doi, hints, check, onChecked, onForget, service = browserPaperService }: PaperPanelProps) {
  const [access, setAccess] = useState<PaperAccess | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [shown, setShown] = useState<PaperCheck | undefined>(check);
  useEffect(() => setShown(check), [check]);
  // Settings are read before any click: the permission prompt must open straight from the click, with nothing awaited first.
  useEffect(() => {
    service.load().then(setAccess, () => setAccess(null));
  }, [service]);

  async function keep(found: PaperCheck) {
    setShown(found);
    try {
      await onChecked(found);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'message', text: paperErrorText(error) });
    }
  }

  async function look(settings: PaperSettings) {
    const client = service.client(settings);
    setState({ kind: 'busy', searching: !doi });
    try {
      // A paper the reader chose stays theirs when checked again.
      if (doi) return await keep(await client.check(doi, shown?.matchedBy === 'reader' ? 'reader' : 'doi'));
      const list = await client.search(hints);
      setState(list.length ? { kind: 'candidates', list } : { kind: 'message', text: t('paperNoCandidates') });
    } catch (error) {
      setState({ kind: 'message', text: paperErrorText(error) });
    }
  }

  async function choose(candidate: PaperCandidate) {
    if (!access) return;
    setState({ kind: 'busy', searching: false });
    try {
      await keep(await service.client(access.settings).check(candidate.doi, 'reader'));
    } catch (error) {
      setState({ kind: 'message', text: paperErrorText(error) });
    }
  }

  function start() {
    if (!access) return;
    if (access.granted && access.settings.consented) return void look(access.settings);
    setState({ kind: 'consent', contact: access.settings.api.contact ?? '', invalid: false });
  }

  function allow(contact: string) {
    if (!access) return;
    const trimmed = contact.trim();
    if (trimmed && !isContact(trimmed)) return setState({ kind: 'consent', contact, invalid: true });
    const settings: PaperSettings = { api: { ...access.settings.api, contact: trimmed }, consented: true };
    // First, before any await: the browser shows its prompt only while it is handling the click.
    const asked = service.request(settings);
    void asked.then(async (granted) => {
      if (!granted) return setState({ kind: 'message', text: t('paperDenied') });
      await service.save(settings).catch(() => undefined);
      setAccess({ settings, granted: true });
      await look(settings);
    });
  }

  const tooLittle = !doi && hints.title.trim().split(/\s+/).length < 2 && !hints.journal;
  return (
    <div class="paper" data-testid="paper-panel">
      {shown && <PaperBanner check={shown} />}
      {shown && <PaperFindings check={shown} onForget={onForget && (() => void onForget().then(() => setShown(undefined)))} />}
      {state.kind === 'consent' ? (
        <form
          class="paper-consent"
          noValidate
          data-testid="paper-consent"
          aria-labelledby="paper-consent-title"
          onSubmit={(event) => {
            event.preventDefault();
            allow(state.contact);
          }}
        >
          <h2 id="paper-consent-title">{t('paperConsentTitle')}</h2>
          <p>{t('paperConsentBody')}</p>
          <label for="paper-contact">{t('paperContactLabel')}</label>
          <input
            id="paper-contact"
            type="email"
            autocomplete="email"
            value={state.contact}
            aria-describedby="paper-contact-hint"
            aria-invalid={state.invalid}
            data-testid="paper-contact"
            onInput={(event) => setState({ kind: 'consent', contact: (event.target as HTMLInputElement).value, invalid: false })}
          />
          <p id="paper-contact-hint" class="paper-meta">
            {t('paperContactHint')}
          </p>
          {state.invalid && <p role="alert" class="paper-message">{t('paperContactInvalid')}</p>}
          <div class="paper-actions">
            <button type="submit" class="paper-primary" data-testid="paper-allow">
              {t('paperAllow')}
            </button>
            <button type="button" class="paper-secondary" data-testid="paper-not-now" onClick={() => setState({ kind: 'idle' })}>
              {t('paperNotNow')}
            </button>
          </div>
        </form>
      ) : state.kind === 'busy' ? (
        <p role="status" class="paper-line" data-testid="paper-busy">
          {t(state.searching ? 'paperSearching' : 'paperChecking')}
        </p>
      ) : (
        <button type="button" class="paper-primary" data-testid="paper-check" disabled={!access || tooLittle} onClick={start}>
          {t(shown ? 'paperCheckAgain' : 'paperCheck')}
        </button>
      )}
      {tooLittle && !shown && <p class="paper-meta">{t('paperTooLittle')}</p>}
      {state.kind === 'message' && (
        <p role="alert" class="paper-message" data-testid="paper-message">
          {state.text}
        </p>
      )}
      {state.kind === 'candidates' && (
        <div data-testid="paper-candidates">
          <p>{t('paperNoDoi')}</p>
          <ul class="paper-candidates">
            {state.list.map((c) => (
              <li key={c.doi}>
                <span>
                  {c.title ?? c.doi}
                  <span class="paper-meta"> · {[c.journal, c.published?.slice(0, 4), c.authors?.slice(0, 2).join(', ')].filter(Boolean).join(' · ')}</span>
                </span>
                <button type="button" class="paper-secondary" data-testid="paper-choose" aria-label={t('paperChooseLabel', c.title ?? c.doi)} onClick={() => void choose(c)}>
                  {t('paperChoose')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
