import type { StudyType } from '@/lib/analysis/types';

// Simple line drawings on a 24×24 grid; decorative, the text label beside them carries the meaning.
const PATHS: Record<StudyType, string> = {
  'in-vitro': 'M3 15a9 4 0 0 0 18 0M3 15a9 4 0 0 1 18 0M3 15v2a9 4 0 0 0 18 0v-2M9 14.5h.01M13 16h.01M15 14h.01',
  animal: 'M5 16c0-4 3-7 8-7s7 3 7 6-2 3-5 3H7c-1 0-2-1-2-2zM16 9a2 2 0 1 1 3-2M20 15l2 1M5 17c-2 0-3 1-3 3',
  'human-trial': 'M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM6 21v-5a6 5 0 0 1 12 0v5M17 5l3-2M19 8h3',
  observational: 'M7 5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM17 5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 19v-3a4 3 0 0 1 8 0v3M13 19v-3a4 3 0 0 1 8 0v3',
  'case-report': 'M8 4h8v3H8zM6 5H5v16h14V5h-1M8 11h8M8 15h5',
  'meta-analysis': 'M12 3l9 4-9 4-9-4zM3 12l9 4 9-4M3 17l9 4 9-4',
  review: 'M4 5c3-1 6-1 8 1 2-2 5-2 8-1v14c-3-1-6-1-8 1-2-2-5-2-8-1zM12 6v14',
  modelling: 'M3 20h18M4 17l5-6 4 3 7-9M17 5h3v3',
  observation: 'M4 14l12-7 2 4-12 7zM8 16l-3 5M10 15l3 6M18 8l3-2',
  'lab-experiment': 'M9 3h6M10 3v6l-6 10a1.5 1.5 0 0 0 1.3 2h13.4a1.5 1.5 0 0 0 1.3-2L14 9V3M7 15h10',
  none: 'M4 5h13v14H4zM17 8h3v9a2 2 0 0 1-2 2M7 9h7M7 12h7M7 15h4',
};

/** An icon for a study type; hidden from screen readers because the label next to it says the same. */
export function StudyTypeIcon({ type }: { type: StudyType }) {
  return (
    <svg class="study-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" data-study={type}>
      <path d={PATHS[type]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
