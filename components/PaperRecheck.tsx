import { useEffect, useRef, useState } from 'preact/hooks';
import { papersToRecheck, recordPaperCheck } from '@/lib/db/papers';
import type { CaveatDb } from '@/lib/db/schema';
import { recheckPapers, type RecheckReport } from '@/lib/paper/recheck';
import type { PaperSettings } from '@/lib/paper/settings';
import { isContact } from '@/lib/paper/urls';
import { t, type MessageKey } from './i18n';
import { paperErrorText } from './paper-labels';
import { browserPaperService, type PaperAccess, type PaperService } from './paper-service';
import './paper.css';

type State = { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done'; text: string };

function reportText(report: RecheckReport): string {
  if (report.total === 0) return t('libraryRecheckNone');
  const parts = [t('libraryRecheckDone', [String(report.checked), String(report.total)])];
  if (report.failed) parts.push(t('libraryRecheckFailed', String(report.failed)));
  if (report.stopped === 'cancelled') parts.push(t('libraryRecheckStopped', t('libraryRecheckCancelled')));
  else if (report.stopped) parts.push(t('libraryRecheckStopped', t(`paperError_${report.stopped.replaceAll('-', '_')}` as MessageKey)));
  return parts.join(' ');
}

/** "Re-check papers": every saved story's paper again, one at a time at a polite pace, with progress and a Stop. */
export function PaperRecheck({ db, service = browserPaperService, pace }: { db: CaveatDb; service?: PaperService; /** ms between papers; tests pass 0. */ pace?: number }) {
  const [access, setAccess] = useState<PaperAccess | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const stop = useRef<AbortController | null>(null);
  const [contact, setContact] = useState<{ value: string; note: '' | 'saved' | 'invalid' }>({ value: '', note: '' });
  useEffect(() => {
    service.load().then((loaded) => {
      setAccess(loaded);
      setContact({ value: loaded.settings.api.contact ?? '', note: '' });
    }, () => setAccess(null));
  }, [service]);

  /** The contact address the look-ups carry, changed here at any time (the first check asks for it too). */
  async function saveContact() {
    if (!access) return;
    const value = contact.value.trim();
    if (value && !isContact(value)) return setContact({ value: contact.value, note: 'invalid' });
    const settings: PaperSettings = { ...access.settings, api: { ...access.settings.api, contact: value } };
    await service.save(settings);
    setAccess({ ...access, settings });
    setContact({ value, note: 'saved' });
  }

  async function runAll(settings: PaperSettings) {
    const controller = new AbortController();
    stop.current = controller;
    try {
      const items = await papersToRecheck(db);
      setState({ kind: 'running', done: 0, total: items.length });
      const client = service.client(settings);
      const report = await recheckPapers(items, {
        check: (doi, matchedBy) => client.check(doi, matchedBy),
        store: (check) => recordPaperCheck(db, check).then(() => undefined),
        onProgress: (done, total) => setState({ kind: 'running', done, total }),
        signal: controller.signal,
        ...(pace === undefined ? {} : { paceMs: pace }),
      });
      setState({ kind: 'done', text: reportText(report) });
    } catch (error) {
      setState({ kind: 'done', text: paperErrorText(error) });
    }
  }

  function start() {
    if (!access) return;
    if (access.granted && access.settings.consented) return void runAll(access.settings);
    const settings: PaperSettings = { ...access.settings, consented: true };
    // First, before any await: the browser shows its prompt only while it is handling the click.
    void service.request(settings).then(async (granted) => {
      if (!granted) return setState({ kind: 'done', text: t('paperDenied') });
      await service.save(settings).catch(() => undefined);
      setAccess({ settings, granted: true });
      await runAll(settings);
    });
  }

  return (
    <section class="paper-recheck" aria-labelledby="paper-recheck-heading" data-testid="paper-recheck">
      <h2 id="paper-recheck-heading" class="visually-hidden">{t('libraryRecheck')}</h2>
      {state.kind === 'running' ? (
        <>
          <progress max={state.total || 1} value={state.done} aria-labelledby="paper-recheck-progress" />
          <span id="paper-recheck-progress" role="status" data-testid="paper-recheck-progress">
            {t('libraryRecheckProgress', [String(state.done), String(state.total)])}
          </span>
          <button type="button" class="paper-secondary" onClick={() => stop.current?.abort()} data-testid="paper-recheck-stop">
            {t('libraryRecheckStop')}
          </button>
        </>
      ) : (
        <button type="button" class="paper-secondary" disabled={!access} onClick={start} aria-describedby="paper-recheck-what" data-testid="paper-recheck-start">
          {t('libraryRecheck')}
        </button>
      )}
      <p id="paper-recheck-what" class="paper-meta">{t('libraryRecheckWhat')}</p>
      {state.kind === 'done' && (
        <p role="status" data-testid="paper-recheck-report">
          {state.text}
        </p>
      )}
      <form
        class="paper-contact-setting"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveContact().catch(() => setContact({ ...contact, note: 'invalid' }));
        }}
      >
        <label for="paper-contact-setting">{t('paperContactLabel')}</label>
        <input
          id="paper-contact-setting"
          type="email"
          autocomplete="email"
          value={contact.value}
          aria-invalid={contact.note === 'invalid'}
          aria-describedby="paper-contact-setting-hint"
          data-testid="paper-contact-setting"
          onInput={(event) => setContact({ value: (event.target as HTMLInputElement).value, note: '' })}
        />
        <button type="submit" class="paper-secondary" disabled={!access} data-testid="paper-contact-save">
          {t('paperContactSave')}
        </button>
        <p id="paper-contact-setting-hint" class="paper-meta">{t('paperContactHint')}</p>
        {contact.note === 'invalid' && <p role="alert" class="paper-message">{t('paperContactInvalid')}</p>}
        {contact.note === 'saved' && <p role="status" data-testid="paper-contact-saved">{t('paperContactSaved')}</p>}
      </form>
    </section>
  );
}
