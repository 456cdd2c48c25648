import { useEffect } from 'preact/hooks';
import { t } from './i18n';

export interface ToastState {
  message: string;
  /** Absent for messages that cannot be undone (e.g. an import report). */
  undo?: () => void;
}

/** A polite notice at the bottom of the page with an Undo button; goes away by itself after `timeoutMs`. */
export function UndoToast({ toast, onClose, timeoutMs = 10_000 }: { toast: ToastState | null; onClose: () => void; timeoutMs?: number }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div class="toast-region" role="status" aria-live="polite" data-testid="toast-region">
      {toast && (
        <div class="toast" data-testid="toast">
          <span class="toast-message">{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              class="toast-undo"
              data-testid="toast-undo"
              onClick={() => {
                toast.undo?.();
                onClose();
              }}
            >
              {t('listUndo')}
            </button>
          )}
          <button type="button" class="toast-dismiss" aria-label={t('listDismiss')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
