import { t } from './i18n';

/** A short, specific message in place of the analysis (busy, blocked, not an article, failed). */
export function StatusMessage({ title, body, busy = false }: { title: string; body?: string; busy?: boolean }) {
  return (
    <div class={busy ? 'status status-busy' : 'status'} role={busy ? 'status' : 'alert'} aria-live="polite" data-testid="status">
      <h1 class="status-title">{title}</h1>
      {body && <p class="status-body">{body}</p>}
      {!busy && <p class="status-hint">{t('statusHint')}</p>}
    </div>
  );
}
