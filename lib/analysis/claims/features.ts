/** A sentence → the names of its features: the relation words, what hedges or negates them, and its words. */
import {
  ADVICE, CAUSAL, CAUSAL_PAIRS, COMPARATIVE, COMPARED, CORRELATION, HEDGE_VERBS, MODALS, NEGATIONS, NULL_RESULT, PROMISE, REPORTING,
} from './lexicon';
import { readClaim, type ClaimText } from './tokens';

const NULL_NOUNS = new Set(['difference', 'differenc', 'effect', 'associat', 'association', 'link', 'benefit', 'impact', 'evidence', 'eviden', 'chang', 'relationship', 'correlation', 'increas', 'reduction', 'improv', 'sign', 'role', 'influenc']);
const WINDOW = 4;

/** What stands in the few words before a relation word: a hedge, "can", a negation, "to", or nothing. */
function scope(t: ClaimText, at: number): string[] {
  const found: string[] = [];
  for (let k = Math.max(0, at - WINDOW); k < at; k++) {
    const w = t.words[k];
    if (MODALS.has(w)) found.push('modal');
    else if (w === 'can') found.push('can');
    else if (NEGATIONS.has(w)) found.push('neg');
    else if (w === 'to' && k > 0 && HEDGE_VERBS.has(t.stems[k - 1])) found.push('hedge');
  }
  if (at > 0 && t.words[at - 1] === 'to' && !found.includes('hedge')) found.push('to');
  if (at > 0 && (t.words[at - 1] === 'will' || t.words[at - 1] === 'would')) found.push('will');
  return found.length ? [...new Set(found)] : ['bare'];
}

function relation(t: ClaimText, i: number): { kind: 'C' | 'R'; cue: string; width: number } | null {
  const s = t.stems[i];
  const pair = i + 1 < t.stems.length ? `${s} ${t.stems[i + 1]}` : '';
  if (pair && CAUSAL_PAIRS.has(pair)) return { kind: 'C', cue: pair, width: 2 };
  if (CAUSAL.has(s)) return { kind: 'C', cue: s, width: 1 };
  if (CORRELATION.has(s)) return { kind: 'R', cue: s, width: 1 };
  // A comparison of rates or chances ("more likely to", "a higher risk of", "twice as likely") states an association.
  if (COMPARATIVE.has(s) && t.stems.slice(i + 1, i + 4).some((x) => COMPARED.has(x))) return { kind: 'R', cue: 'cmp', width: 1 };
  return null;
}

// 0 none · 1 negated · 2 association · 3 hedged association · 4 hedged cause · 5 "can" cause · 6 cause: the InSciOut scale's order.
function rank(kind: 'C' | 'R', scopes: string[]): number {
  if (scopes.includes('neg')) return 1;
  if (kind === 'R') return scopes.includes('modal') || scopes.includes('hedge') ? 3 : 2;
  if (scopes.includes('modal') || scopes.includes('hedge')) return 4;
  if (scopes.includes('can')) return 5;
  return scopes.includes('to') ? 3 : 6;
}

export function claimFeatures(text: string): string[] {
  const t = readClaim(text);
  const f = new Set<string>();
  const n = t.stems.length;
  let causal = 0, correl = 0, modal = 0, firstKind = '', strongest = 0;
  for (let i = 0; i < n; i++) {
    const w = t.words[i], s = t.stems[i];
    f.add(`w:${s}`);
    if (i + 1 < n) f.add(`b:${s}_${t.stems[i + 1]}`);
    if (MODALS.has(w)) { f.add(`modal:${w}`); modal++; }
    if (w === 'can') f.add('can');
    if (NEGATIONS.has(w)) f.add('neg');
    if (ADVICE.has(s)) f.add('advice');
    if (PROMISE.has(s)) f.add('promise');
    if (REPORTING.has(s)) f.add('report');
    if (NULL_RESULT.has(s)) f.add('null:word');
    if ((w === 'no' || w === 'not' || w === 'without') && t.stems.slice(i + 1, i + 4).some((x) => NULL_NOUNS.has(x))) f.add('null:no-effect');
    if (COMPARATIVE.has(s)) {
      f.add('cmp');
      const next = t.words.slice(i + 1, i + 5);
      if (next.includes('than')) f.add('cmp:than');
      if (t.words[i + 1] === 'in' || t.words[i + 1] === 'among') f.add('cmp:in');
      if (t.words[i + 1] === 'likely' || t.stems[i + 1] === 'risk' || t.stems[i + 1] === 'chanc') f.add('cmp:risk');
    }
    if (s === 'risk' || w === 'likely' || s === 'chanc') f.add(i > 0 && COMPARATIVE.has(t.stems[i - 1]) ? 'R:risk-cmp' : i > 0 && MODALS.has(t.words[i - 1]) ? 'R:risk-modal' : 'risk');
    if (w === 'because' || w === 'so' && t.words[i + 1] === 'that') f.add('C:because');
    if (w === 'at' && t.stems[i + 1] && (t.stems[i + 1] === 'risk' || COMPARATIVE.has(t.stems[i + 1]))) f.add('cmp:at-risk');
    const rel = relation(t, i);
    if (!rel) continue;
    const scopes = scope(t, i);
    if (!firstKind) {
      firstKind = rel.kind;
      // The first relation word is most often the claim's own verb; what hedges it decides the strength.
      for (const sc of scopes) f.add(`main:${rel.kind}:${sc}`);
      if (t.headline) for (const sc of scopes) f.add(`mainH:${rel.kind}:${sc}`);
    }
    strongest = Math.max(strongest, rank(rel.kind, scopes));
    if (rel.kind === 'C') causal++; else correl++;
    const quoted = t.quoted[i] ? 'q' : '';
    for (const sc of scopes) {
      f.add(`${rel.kind}:${sc}`);
      f.add(`${rel.kind}v:${rel.cue}:${sc}`);
      if (quoted) f.add(`${rel.kind}:${sc}:quoted`);
      if (t.headline) f.add(`H${rel.kind}:${sc}`);
      if (t.question) f.add(`Q${rel.kind}:${sc}`);
    }
    i += rel.width - 1;
  }
  f.add(`first:${firstKind || 'none'}`);
  f.add(`strongest:${strongest}`);
  f.add(`nC:${Math.min(causal, 3)}`);
  f.add(`nR:${Math.min(correl, 3)}`);
  f.add(`nM:${Math.min(modal, 2)}`);
  if (!causal && !correl) f.add('no-relation');
  if (t.question) f.add('question');
  // How a headline opens tells a topic ("Decoding…", "How…?") from a finding ("Coffee cuts…").
  const w0 = t.words[0] ?? '';
  if (/ing$/.test(w0) && w0.length > 5) f.add('open:ing');
  if (/^(how|why|what|when|where|who|which|can|does|do|is|are|should|will|could)$/.test(w0)) f.add(`open:wh`);
  if (/^(new|study|research|researchers|scientists|a|the)$/.test(w0)) f.add(`open:${w0}`);
  if (/:/.test(text)) f.add('colon');
  if (t.words.some((w) => /^(is|are|was|were|has|have|had|be|been)$/.test(w))) f.add('copula');
  if (t.words.some((w) => /^(we|our|us|i)$/.test(w))) f.add('first-person');
  if (t.words.some((w) => /^\d/.test(w))) f.add('number');
  if (t.headline) f.add('headline');
  f.add(`len:${n < 8 ? 's' : n < 20 ? 'm' : n < 35 ? 'l' : 'xl'}`);
  f.add('bias');
  return [...f];
}
