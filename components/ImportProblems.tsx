import type { ImportProblem } from '@/lib/db/import-validate';
import { t } from './i18n';

/** The stories of an imported file that could not be restored (the others were), each with why; stays until dismissed. */
export function ImportProblems({ problems, onClose }: { problems: ImportProblem[]; onClose: () => void }) {
  if (!problems.length) return null;
  return (
    <section class="import-problems" role="alert" aria-labelledby="import-problems-heading" data-testid="import-problems">
      <h2 id="import-problems-heading" class="import-problems-title">
        {t('listImportNotRestored', String(problems.length))}
      </h2>
      <ul>
        {problems.slice(0, 50).map((p) => (
          <li key={p.index} data-testid="import-problem">
            {t('listImportProblem', [String(p.index), p.title ?? p.url ?? t('listImportUntitled'), p.reason])}
          </li>
        ))}
      </ul>
      {problems.length > 50 && <p>{t('listImportMoreProblems', String(problems.length - 50))}</p>}
      <button type="button" onClick={onClose} data-testid="import-problems-close">
        {t('listDismiss')}
      </button>
    </section>
  );
}
