/** The words that carry a claim's strength, as stems (see tokens.ts), after Yu et al. and the InSciOut codebook. */
import { stem } from './tokens';

const stems = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(stem));

/** Verbs and adjectives that say one thing changes another. */
export const CAUSAL = stems(`
  cause causes caused causing reduce reduces reduced reducing increase increases increased increasing
  decrease decreases decreased decreasing lower lowers lowered lowering raise raises raised raising
  cut cuts cutting boost boosts boosted boosting improve improves improved improving prevent prevents prevented
  protect protects protected protecting trigger triggers triggered drive drives drove driven enhance enhances enhanced
  impair impairs impaired damage damages damaged harm harms harmed worsen worsens worsened slow slows slowed
  halt halts halted block blocks blocked stop stops stopped kill kills killed cure cures cured treat treats treated
  affect affects affected influence influences influenced promote promotes promoted induce induces induced
  inhibit inhibits inhibited suppress suppresses suppressed contribute contributes contributed benefit benefits benefited
  alleviate alleviates alleviated relieve relieves relieved ease eases eased fight fights fought combat combats
  double doubles doubled triple triples halve halves halved extend extends extended shorten shortens shortened
  restore restores restored reverse reverses reversed regulate regulates regulated mediate mediates mediated
  elevate elevates elevated accelerate accelerates accelerated delay delays delayed lessen lessens attenuate attenuates attenuated
  worsen hurt hurts hinder hinders hindered undermine undermines disrupt disrupts disrupted weaken weakens weakened
  strengthen strengthens strengthened make makes made turn turns help helps helped keep keeps kept
  spark sparks sparked fuel fuels fuelled fueled produce produces produced yield yields stimulate stimulates stimulated
  eliminate eliminates eliminated minimise minimize minimises minimizes maximise maximize
  change changes changed alter alters altered modify modifies modified shrink shrinks shrank
  save saves saved saving explain explains explained predispose predisposes predisposed
  stop stops stopped fight fights cure cures heal heals heals healed repair repairs repaired
  counteract counteracts underlie underlies control controls controlled speed speeds sped repel repels
  ameliorate ameliorates narrow narrows narrowed permit permits render renders curb curbs inspire inspires inspired
  encourage encourages encouraged enable enables enabled allow allows allowed deliver delivers irritate irritates
  nourish nourishes exacerbate exacerbates aggravate aggravates activate activates switch switches transform transforms
  blame blamed responsible effect effects effective effectively efficacy efficacious beneficial safe safety
  detrimental harmful protective toxic deadly fatal lethal
`);

/** Two-word causal phrases: "leads to", "results in", "due to", "because of". */
export const CAUSAL_PAIRS = new Set(
  ['lead to', 'leads to', 'led to', 'result in', 'results in', 'resulted in', 'due to', 'because of', 'thanks to',
   'caused by', 'responsible for', 'effect on', 'effects on', 'impact on', 'key to', 'set off', 'bring about', 'wipe out',
   'play role', 'plays role', 'played role', 'give rise', 'role in', 'involved in', 'power to', 'make it', 'so that', 'account for', 'accounts for', 'result of', 'consequence of', 'thank to']
    .map((p) => p.split(' ').map(stem).join(' ')),
);

/** Words of association: "associated with", "linked to", "predicts", "risk factor". */
export const CORRELATION = stems(`
  associate associated association associations link links linked linking correlate correlated correlation correlations
  relate related relationship relationships relation predict predicts predicted predictor predictors predictive
  tie tied connect connected connection marker markers indicator odds determinant determinants implicated differ differs differed difference differences vary varies varied
  variation gap disparity disparities inequality inequalities
  likelihood prone susceptible vulnerable consistent
`);

/** Comparison words that make "higher in", "more likely than" an association. */
export const COMPARATIVE = stems(`higher lower greater more less fewer larger smaller increased decreased reduced elevated poorer better worse twice double triple times percent per cent heightened raised lowered longer shorter most least`);

/** Hedges that make a cause conditional. */
/** Words a comparison is about: "more likely", "higher risk", "twice as likely", "higher rates". */
export const COMPARED = stems(`likely risk risks chance chances odds rate rates level levels incidence than as`);

/** Hedges that make a cause conditional. */
export const MODALS = new Set(['may', 'might', 'could', 'would', 'possibly', 'potentially', 'perhaps', 'probably', 'maybe', 'conceivably', 'presumably', 'plausibly']);

/** Verbs that hedge when followed by "to": "appears to", "seems to". */
export const HEDGE_VERBS = stems(`appear appears appeared seem seems seemed tend tends`);

/** Words that promise more than a study found: "potential", "hope", "promise". */
export const PROMISE = stems(`potential promise promising hope hopes hoped suggest suggests suggested suggesting indicate indicates indicated implies imply possible possibility`);

export const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'without', 'none', 'nothing', 'lack', 'lacks', 'fail', 'fails', 'failed', 'unlikely', 'unrelated', 'unaffected', 'nonsignificant', 'non']);

/** Words that say there was no difference or no effect. */
export const NULL_RESULT = stems(`similar comparable equivalent noninferior non-inferior equally unchanged same insignificant nonsignificant unrelated unaffected independent`);

/** Advice and plans, not findings: "should", "need", "further research". */
export const ADVICE = stems(`should must need needs needed recommend recommended recommends warrant warranted further future urge urged consider advised`);

/** Reporting verbs that frame a finding: "study finds", "researchers show". */
export const REPORTING = stems(`find finds found show shows showed shown reveal reveals revealed demonstrate demonstrates demonstrated confirm confirms confirmed report reports reported conclude concluded observe observed`);
