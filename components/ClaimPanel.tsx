import type { Claim, ClaimWarning } from '@/lib/analysis/types';
import { t, type MessageKey } from './i18n';
import './claims.css';

const STRENGTH: Record<Claim['strength'], MessageKey> = {
  none: 'claimStrength_none',
  correlational: 'claimStrength_correlational',
  conditional: 'claimStrength_conditional',
  causal: 'claimStrength_causal',
};
const WARNING: Record<ClaimWarning['kind'], MessageKey> = {
  'causal-from-observational': 'claimWarning_causal_from_observational',
  'people-from-animals-or-cells': 'claimWarning_people_from_animals_or_cells',
};

/** The headline's claim strength, beside the verdict, and a plain warning when the claim outruns the study. */
export function ClaimPanel({ claims, warning }: { claims: Claim[] | undefined; warning: ClaimWarning | undefined }) {
  // Stories saved before claims were read have none: say nothing rather than guess.
  const headline = claims?.find((c) => c.part === 'headline');
  if (!headline && !warning) return null;
  return (
    <div class="claims" data-testid="claims">
      {headline && (
        <p class="claim-strength" data-testid="claim-strength" data-strength={headline.strength}>
          <span class="claim-strength-label">{t('claimHeadline')}</span> {t(STRENGTH[headline.strength])}
        </p>
      )}
      {warning && (
        <div class="claim-warning" role="note" data-testid="claim-warning" data-kind={warning.kind}>
          <p class="claim-warning-title">{t(WARNING[warning.kind])}</p>
          <blockquote>{warning.text}</blockquote>
        </div>
      )}
    </div>
  );
}
