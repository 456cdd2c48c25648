import { useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat as ExportFormatName } from '@/lib/db/transfer';
import { t, type MessageKey } from './i18n';

export type { ExportFormatName };

const FORMAT_KEYS: Record<ExportFormatName, MessageKey> = {
  json: 'listFormatJson',
  'csl-json': 'listFormatCsl',
  bibtex: 'listFormatBibtex',
  ris: 'listFormatRis',
  markdown: 'listFormatMarkdown',
};

export interface ExportImportProps {
  selectedCount: number;
  onExport: (format: ExportFormatName, which: 'all' | 'selected') => void;
  onImport: (file: File) => void;
}

/** Export all or the selected stories in a chosen format; import a Caveat JSON backup. */
export function ExportImport({ selectedCount, onExport, onImport }: ExportImportProps) {
  const [format, setFormat] = useState<ExportFormatName>('json');
  const file = useRef<HTMLInputElement>(null);
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="visually-hidden">
        {t('listExportHeading')}
      </h2>
      <label class="field" for="export-format">
        <span class="field-label">{t('listExportFormat')}</span>
        <select
          id="export-format"
          data-testid="export-format"
          value={format}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormatName)}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_KEYS[f])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="export-all" onClick={() => onExport(format, 'all')}>
        {t('listExportAll')}
      </button>
      <button type="button" data-testid="export-selected" disabled={selectedCount === 0} onClick={() => onExport(format, 'selected')}>
        {t('listExportSelected')}
      </button>
      <input
        ref={file}
        id="import-file"
        class="import-file visually-hidden"
        type="file"
        accept=".json,application/json"
        data-testid="import-file"
        onChange={() => {
          const chosen = file.current?.files?.[0];
          if (chosen) onImport(chosen);
          // Clear so choosing the same file again still fires change.
          if (file.current) file.current.value = '';
        }}
      />
      <label class="import-label" for="import-file">
        {t('listImport')}
      </label>
    </section>
  );
}
