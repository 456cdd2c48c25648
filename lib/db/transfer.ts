/** Moving stories in and out: exportStories (every format) and importJson (Caveat JSON backups). */
import { storyData } from './derive';
import { exportBibtex } from './export-bibtex';
import { exportCsl } from './export-csl';
import { exportJson } from './export-json';
import { exportMarkdown } from './export-markdown';
import { exportRis } from './export-ris';
import type { StoredStory, StoryData } from './schema';
import { fitStory } from './story-check';
import { StoryDataError } from './errors';

export const EXPORT_FORMATS = ['json', 'csl-json', 'bibtex', 'ris', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const FILES: Record<ExportFormat, { ext: string; mime: string; write: (s: StoryData[], now: Date) => string }> = {
  json: { ext: 'json', mime: 'application/json', write: exportJson },
  'csl-json': { ext: 'csl.json', mime: 'application/vnd.citationstyles.csl+json', write: exportCsl },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex', write: exportBibtex },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems', write: exportRis },
  markdown: { ext: 'md', mime: 'text/markdown', write: exportMarkdown },
};

/**
 * A story as export writes it: through the same check as save and import (a story saved by an older Caveat may be
 * over a limit, or filed under a javascript: canonical). One the check refuses is written as it is: nothing is left
 * out of a backup, and the import says which it could not restore.
 */
function fitOrKeep(data: StoryData): StoryData {
  try {
    return fitStory(data);
  } catch (error) {
    if (!(error instanceof StoryDataError)) throw error;
    return data;
  }
}

/** Stories (as stored, or plain StoryData) → a file in the chosen format. */
export function exportStories(stories: (StoredStory | StoryData)[], format: ExportFormat, now: Date = new Date()): ExportFile {
  const file = FILES[format];
  if (!file) throw new Error(`Unknown export format: ${String(format)}`);
  const data = stories.map((s) => fitOrKeep('id' in s ? storyData(s as StoredStory) : s));
  return { filename: `caveat-reading-list-${now.toISOString().slice(0, 10)}.${file.ext}`, mime: file.mime, text: file.write(data, now) };
}

export { importJson, type ImportReport } from './import-json';
