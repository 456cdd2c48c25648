import type { ComponentChildren } from 'preact';
import type { Research } from '@/lib/analysis/types';
import { t, type MessageKey } from './i18n';

type Rung = 'lab' | 'animals' | 'people' | 'phase1' | 'phase2' | 'phase3' | 'approved';

/** Which rung this story's study stands on. */
export function currentRung(r: Research): Rung | null {
  if (r.studyType === 'in-vitro') return 'lab';
  if (r.studyType === 'animal') return 'animals';
  if (r.studyType !== 'human-trial') return null;
  if (r.humanPhase === 4) return 'approved';
  return r.humanPhase ? (`phase${r.humanPhase}` as Rung) : 'people';
}

function Step({ rung, current, children }: { rung: Rung; current: Rung | null; children?: ComponentChildren }) {
  const here = rung === current;
  // "Trials in people" holds the phases: lit (not current) when this story is at one of them.
  const within = rung === 'people' && !!current?.startsWith('phase');
  const cls = ['ladder-rung', here && 'ladder-current', within && 'ladder-within'].filter(Boolean).join(' ');
  return (
    <li class={cls} aria-current={here ? 'step' : undefined}>
      <span class="ladder-label">{t(`ladder_${rung}` as MessageKey)}</span>
      {here && <span class="ladder-here"> — {t('ladderHere')}</span>}
      {children}
    </li>
  );
}

/** Lab → animals → human trials (phases 1–3) → approved, with this story's rung marked in text, not only colour. */
export function StageLadder({ research }: { research: Research }) {
  const current = currentRung(research);
  if (!current) return null;
  return (
    <ol class="ladder" aria-label={t('ladderTitle')}>
      <Step rung="lab" current={current} />
      <Step rung="animals" current={current} />
      <Step rung="people" current={current}>
        <ol class="ladder-phases">
          <Step rung="phase1" current={current} />
          <Step rung="phase2" current={current} />
          <Step rung="phase3" current={current} />
        </ol>
      </Step>
      <Step rung="approved" current={current} />
    </ol>
  );
}
