/** How strongly a sentence claims that one thing affects another (../shared/claims/README.md). */
export const CLAIM_STRENGTHS = ['none', 'correlational', 'conditional', 'causal'] as const;
export type ClaimStrength = (typeof CLAIM_STRENGTHS)[number];
