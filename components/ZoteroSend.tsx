import { useState } from 'preact/hooks';
import type { StoryData } from '@/lib/db/schema';
import { exportStories } from '@/lib/db/transfer';
import { createConnector, ZoteroUnavailableError, type Connector } from '@/lib/zotero/connector';
import { downloadText } from './download';
import './zotero-send.css';
import { t } from './i18n';

/** Zotero's connector listens on this computer only; the permission is asked the first time, on the click. */
export const ZOTERO_ORIGINS = ['http://127.0.0.1/*'];

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'sent'; count: number } | { kind: 'failed'; message: string };

export interface ZoteroSendProps {
  /** The stories to send, read at click time (none: the button is disabled). */
  stories: () => Promise<StoryData[]>;
  count: number;
  connector?: Connector;
  /** Asks for the host permission; must run first in the click, while the browser still counts it as the user's. */
  askPermission?: () => Promise<boolean>;
}

const defaultAsk = () => browser.permissions.request({ origins: ZOTERO_ORIGINS });

/** Send to Zotero: the stories as news items with their analysis, and their papers; the file to import when Zotero is not running. */
export function ZoteroSend({ stories, count, connector, askPermission = defaultAsk }: ZoteroSendProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [held, setHeld] = useState<StoryData[]>([]);

  const send = async () => {
    const granted = askPermission().catch(() => false);
    setState({ kind: 'busy' });
    const list = await stories();
    setHeld(list);
    if (!(await granted)) {
      setState({ kind: 'failed', message: t('zoteroNoPermission') });
      return;
    }
    try {
      await (connector ?? createConnector({ fetch: globalThis.fetch.bind(globalThis) })).saveStories(list);
      setState({ kind: 'sent', count: list.length });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof ZoteroUnavailableError ? t('zoteroNotRunning') : t('zoteroRefused', String((error as Error)?.message ?? error)) });
    }
  };

  return (
    <div class="zotero-send" data-testid="zotero-send">
      <button type="button" disabled={count === 0 || state.kind === 'busy'} onClick={() => void send()} data-testid="zotero-send-button">
        {count > 1 ? t('zoteroSendMany', String(count)) : t('zoteroSend')}
      </button>
      <div role="status" aria-live="polite" class="zotero-status">
        {state.kind === 'busy' && <span>{t('zoteroSending')}</span>}
        {state.kind === 'sent' && <span data-testid="zotero-sent">{t('zoteroSent', String(state.count))}</span>}
      </div>
      {state.kind === 'failed' && (
        <div class="zotero-failed" role="alert" data-testid="zotero-failed">
          <p>{state.message}</p>
          <p>{t('zoteroFallback')}</p>
          <button type="button" data-testid="zotero-fallback-ris" onClick={() => downloadText(exportStories(held, 'ris'))}>
            {t('zoteroDownloadRis')}
          </button>{' '}
          <button type="button" data-testid="zotero-fallback-bibtex" onClick={() => downloadText(exportStories(held, 'bibtex'))}>
            {t('zoteroDownloadBibtex')}
          </button>
        </div>
      )}
    </div>
  );
}
