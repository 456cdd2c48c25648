import { de } from '../../text/de-regex';
import type { StudyType } from '../types';

export type ScoredType = Exclude<StudyType, 'none'>;

/**
 * A phrase that points to one study type. `id` names the feature the model learns a weight for; the English
 * and German patterns of one cue share it, so what the model learned on English stories holds on German ones.
 * `w` is the cue's hand-set strength, kept only as one prior feature beside the learned weights.
 */
export interface Cue {
  id: string;
  type: ScoredType;
  w: number;
  en: RegExp;
  /** The German pattern's source, in the words of `de()`; made into a regex only for an analyzer that meets a German page. */
  de?: string;
  deFlags?: string;
}

const ANIMALS_EN = 'mice|rats|rodents|monkeys|macaques|primates|zebrafish|fruit flies|pigs|piglets|ferrets|hamsters|guinea pigs|worms|marmosets|rabbits|dogs|cats|sheep|cattle|cows|horses|goats|chickens';
const ANIMALS_DE = 'Mäusen|Ratten|Nagetieren|Nagern|Affen|Makaken|Primaten|Zebrafischen|Fruchtfliegen|Schweinen|Ferkeln|Frettchen|Hamstern|Meerschweinchen|Würmern|Fadenwürmern|Kaninchen|Hunden|Katzen|Schafen|Rindern|Kühen|Pferden|Ziegen|Hühnern';
const PEOPLE_DE = String.raw`(?:Menschen|Personen|Teilnehmer\w*|Teilnehmende\w*|Probanden|Probandinnen|Erwachsene\w*|Kinder\w*|Jugendliche\w*|Frauen|Männer\w*|Patient\w*|Säugling\w*|Babys|Schüler\w*|Studierende\w*|Beschäftigte\w*)`;

/** Cues per study type, English and German. */
export const STUDY_CUES: Cue[] = [
  // in-vitro: cells, tissue, organoids in a dish
  { id: 'iv.in-vitro', type: 'in-vitro', w: 3, en: /\bin vitro\b/gi, de: String.raw`\bin vitro\b|\bim Reagenzglas\b` },
  { id: 'iv.culture', type: 'in-vitro', w: 3, en: /\b(?:cell|tissue) cultures?\b|\bcultured (?:human |mouse |)(?:cells|neurons|tissue)\b/gi, de: String.raw`\b(?:Zell|Gewebe)kultur\w*|\bkultivierte\w* (?:\w+ )?Zellen\b|\bZellen in Kultur\b` },
  { id: 'iv.cell-lines', type: 'in-vitro', w: 2, en: /\bcell lines?\b/gi, de: String.raw`\bZelllinie\w*` },
  { id: 'iv.dish', type: 'in-vitro', w: 3, en: /\b(?:petri dish(?:es)?|test tubes?|(?:lab|laboratory|culture) dish(?:es)?|lab-grown)\b|\bin culture\b/gi, de: String.raw`\b(?:Petri|Kultur)schale\w*|\bReagenzgl[äa]s\w*|\bim Labor gezüchtet\w*` },
  { id: 'iv.organoid', type: 'in-vitro', w: 3, en: /\borganoids?\b|\bmini-?(?:brains|organs|livers|guts)\b/gi, de: String.raw`\bOrganoid\w*|\bMini-?(?:Gehirn|Organ|Leber|Darm)\w*` },
  { id: 'iv.cells-in-lab', type: 'in-vitro', w: 3, en: /\b(?:human|cancer|tumou?r|immune|stem|brain|heart|liver|skin|lung) cells in the lab(?:oratory)?\b/gi, de: String.raw`\b\w*[Zz]ellen im Labor\b` },
  { id: 'iv.in-cells', type: 'in-vitro', w: 1.5, en: /\bin (?:human |cancer |tumou?r )?cells\b|\bon (?:human )?cells\b/gi, de: String.raw`\b(?:an|in) (?:menschlichen |\w+en )?\w*[Zz]ellen\b` },
  { id: 'iv.tissue-samples', type: 'in-vitro', w: 1, en: /\btissue samples?\b|\bpost-?mortem (?:brain )?tissue\b/gi, de: String.raw`\bGewebeprobe\w*` },
  { id: 'iv.in-the-lab', type: 'in-vitro', w: 0.5, en: /\bin the lab(?:oratory)?\b/gi, de: String.raw`\bim Labor\b` },

  // animal: living non-human animals as the study's subjects
  { id: 'an.in-species', type: 'animal', w: 3, en: new RegExp(String.raw`\b(?:in|on|of|with|using|treated|fed|gave|given|injected|into)\s+(?:\w+\s+){0,2}(?:${ANIMALS_EN})\b`, 'gi'), de: String.raw`\b(?:an|bei|mit|in) (?:\w+ ){0,2}(?:${ANIMALS_DE})\b` },
  { id: 'an.model', type: 'animal', w: 3, en: /\b(?:mouse|mice|rat|rodent|animal|primate|monkey|zebrafish|pig|dog|canine|sheep|veterinary) (?:models?|studies|study|experiments?|trials?)\b/gi, de: String.raw`\b(?:Maus|Mäuse|Ratten|Tier|Primaten|Affen)-?(?:modell|studie|versuch|experiment)\w*` },
  { id: 'an.lab-animals', type: 'animal', w: 2.5, en: /\b(?:lab(?:oratory)? (?:mice|rats|animals))\b|\bpreclinical\b/gi, de: String.raw`\bLabor(?:mäuse|mäusen|ratten|tiere|tieren)\b|\bpräklinisch\w*` },
  { id: 'an.species', type: 'animal', w: 1, en: /\b(?:mice|rats|rodents|macaques|zebrafish)\b/gi, de: String.raw`\b(?:Mäuse|Mäusen|Ratten|Nager|Nagetiere|Makaken|Zebrafische?n?)\b` },
  { id: 'an.invertebrates', type: 'animal', w: 2, en: /\b(?:C\. elegans|nematodes?|fruit fl(?:y|ies)|Drosophila)\b/g, de: String.raw`\bC\. elegans\b|\bFadenw[üu]rm\w*|\bFruchtfliege\w*|\bDrosophila\b`, deFlags: 'g' },
  { id: 'an.the-animals', type: 'animal', w: 1.5, en: /\bthe (?:animals|mice|rats)\b/gi, de: String.raw`\b(?:die|den) (?:Tiere|Tieren|Mäuse|Mäusen|Ratten)\b` },
  // A counted group of animals put through a procedure: animals as the study's subjects.
  { id: 'an.counted', type: 'animal', w: 3, en: /\b\d+ (?:mice|rats|monkeys|dogs|pigs|sheep|bees|bumblebees|honeybees|flies|fish|zebrafish|birds|crows|pigeons|parrots|octopuses|ants|worms) (?:were|was) (?:given|trained|fed|injected|exposed|tested|placed|put|housed|raised|taught)\b/gi, de: String.raw`\b\d+ (?:Mäuse|Ratten|Affen|Hunde|Schweine|Schafe|Bienen|Hummeln|Fliegen|Fische|Zebrafische|Vögel|Krähen|Tauben|Ameisen) (?:\w+ ){0,3}(?:erhielten|bekamen|wurden)\b` },

  // human-trial: people given an intervention on purpose
  { id: 'ht.randomised', type: 'human-trial', w: 3, en: /\brandomi[sz]ed\b|\brandomly (?:assigned|allocated)\b/gi, de: String.raw`\brandomisiert\w*|\bzufällig (?:\w+ ){0,3}(?:zugeteilt|zugeordnet|eingeteilt|aufgeteilt|zugewiesen)\b|\bper Los\b` },
  { id: 'ht.placebo', type: 'human-trial', w: 3, en: /\bplacebo\b|\bsham\b|\bdouble-?blind(?:ed)?\b/gi, de: String.raw`\bPlacebo\w*|\bSchein(?:medikament|behandlung|präparat)\w*|\bdoppelblind\w*` },
  { id: 'ht.phase', type: 'human-trial', w: 3, en: /\bphase (?:[1-4]|I{1,3}V?|IV)(?:\/(?:[1-4]|I{1,3}))?[ab]?\b/gi, de: String.raw`\bPhase[- ]?(?:[1-4]|I{1,3}V?|IV)(?:\/(?:[1-4]|I{1,3}))?[ab]?\b` },
  { id: 'ht.clinical-trial', type: 'human-trial', w: 2, en: /(?<!pre-?)\bclinical trial\b|\b(?:drug|vaccine|pilot|treatment|human|first-in-human|the|this|randomi[sz]ed|controlled) trial\b/gi, de: String.raw`\bklinische\w* (?:Studie|Prüfung|Erprobung)\b|\b(?:Arzneimittel|Medikamenten|Impfstoff|Pilot|Therapie|Interventions)-?[Ss]tudie\w*` },
  { id: 'ht.clinical-trials', type: 'human-trial', w: 1, en: /(?<!pre-?)\bclinical trials\b/gi, de: String.raw`\bklinischen Studien\b` },
  { id: 'ht.trial', type: 'human-trial', w: 0.7, en: /(?<!pre-?clinical )\btrials?\b/gi },
  { id: 'ht.participants-given', type: 'human-trial', w: 2.5, en: /\b(?:participants|volunteers|patients|people|adults|children|women|men|subjects)\s+(?:\w+\s+){0,2}(?:were given|received|were treated|took|were assigned|were enrolled|were randomi[sz]ed|were injected|got|were vaccinated|were asked to)\b/gi, de: String.raw`\b${PEOPLE_DE} (?:\w+ ){0,3}(?:erhielten|bekamen|wurden (?:\w+ ){0,3}(?:behandelt|geimpft|zugeteilt|gebeten|angewiesen|gespritzt))\b` },
  { id: 'ht.enrolled', type: 'human-trial', w: 1.5, en: /\b(?:enrolled|recruited)\b/gi, de: String.raw`\brekrutier\w*` },
  { id: 'ht.treated-patients', type: 'human-trial', w: 2, en: /\b(?:treated|treating) (?:\d+ |[a-z]+ )?patients\b|\bpatients (?:who )?(?:underwent|receiving|treated with|who received)\b/gi, de: String.raw`\bbehandelt\w* (?:\d+ |\w+ )?Patient\w*` },
  { id: 'ht.arm-words', type: 'human-trial', w: 1, en: /\b(?:control group|treatment group|intervention group|dose|doses|dosing|infusion|injections?)\b/gi, de: String.raw`\b(?:Kontroll|Behandlungs|Interventions|Placebo)gruppe\w*|\bDosis\b|\bDosen\b|\bDosierung\w*|\bInfusion\w*|\bInjektion\w*` },
  { id: 'ht.tested-in-people', type: 'human-trial', w: 2.5, en: /\b(?:tested|trialled|trialed) (?:it |the \w+ )?(?:in|on) (?:people|humans|patients|volunteers)\b/gi, de: String.raw`\b(?:an|bei) (?:Menschen|Patient\w*|Freiwilligen|Probanden) (?:\w+ ){0,2}(?:getestet|erprobt|geprüft)\b` },
  { id: 'ht.volunteers', type: 'human-trial', w: 1.5, en: /\bvolunteers\b|\btrial participants\b/gi, de: String.raw`\bProband\w*|\bFreiwillige\w*|\bStudienteilnehm\w*|\bVersuchspersonen\b` },
  { id: 'ht.assign-participants', type: 'human-trial', w: 2.5, en: /\b(?:instruct(?:ed|ing)|assign(?:ed|ing)|train(?:ed|ing)|pa(?:id|ying)|randomly (?:split|divided)) (?:\w+ ){0,2}(?:participants|volunteers|students|subjects|pupils|people|patients|adults|children|women|men|smokers|workers)\b/gi, de: String.raw`\b(?:teilten|wiesen) (?:\w+ ){0,2}(?:Teilnehm\w*|Probanden|Freiwillige\w*|Schüler\w*|Studierende\w*) (?:\w+ ){0,3}(?:ein|zu)\b` },
  { id: 'ht.intervention', type: 'human-trial', w: 2, en: /\b(?:introduced|tested|delivered|received) (?:a |an |the )?(?:\w+ )?intervention\b/gi, de: String.raw`\bIntervention\w*` },
  { id: 'ht.efficacy', type: 'human-trial', w: 0.7, en: /\b(?:efficacy|side effects?|adverse events?|safety and)\b/gi, de: String.raw`\bWirksamkeit\b|\bNebenwirkung\w*|\bunerwünschte\w* Ereignis\w*|\bVerträglichkeit\b` },
  // An experiment on people: one group told or given one thing, the rest another.
  { id: 'ht.group-told', type: 'human-trial', w: 2.5, en: /\b(?:half|the other half|the rest|one group|the other group|another group|a control group|a (?:first|second|third|fourth|fifth) group|the (?:first|second|third|fourth|fifth) group) (?:of (?:the|them) (?:\w+ )?)?(?:were|was) (?:told|asked|given|assigned|instructed|shown|taught)\b/gi, de: String.raw`\b(?:die (?:eine|andere) (?:Hälfte|Gruppe)|eine (?:erste|zweite|dritte|vierte|weitere) Gruppe|die (?:erste|zweite|dritte|vierte) Gruppe|die Kontrollgruppe) (?:\w+ ){0,4}(?:erhielt|bekam|sollte|musste|wurde)\b` },
  { id: 'ht.chance', type: 'human-trial', w: 2.5, en: /\b(?:by|with|through) (?:a )?(?:coin toss|toss of a coin|drawing lots|lottery)\b|\b(?:assigned|allocated|split|divided|chosen) (?:\w+ ){0,2}at random\b|\b(?:psychology|psychological|behavioural|behavioral) experiments?\b/gi, de: String.raw`\bMünzwurf\b|\bLosverfahren\b|\bnach dem Zufallsprinzip\b|\bpsychologische\w* Experiment\w*` },
  // Crossover and feeding designs: everyone gets each arm in turn, so the story may never say "trial".
  { id: 'ht.crossover', type: 'human-trial', w: 3, en: /\bcross-?over (?:study|trial|design)\b|\bin (?:a )?random(?:i[sz]ed)? order\b|\b(?:their|his|her) own (?:control|comparison)\b|\b(?:controlled )?feeding (?:study|trial|experiment)\b/gi, de: String.raw`\bCross-?over\w*|\bin zufälliger Reihenfolge\b` },
  { id: 'ht.each-arm', type: 'human-trial', w: 2.5, en: /\b(?:ate|followed|tried|took|received|drank) (?:both|two|three|each of the (?:two|three)|the two|the three) (?:diets|treatments|drinks|meals|menus|regimens|programmes|programs)\b/gi, de: String.raw`\b(?:aßen|erhielten|durchliefen|probierten) (?:beide|nacheinander|abwechselnd) (?:\w+ )?(?:Diäten|Behandlungen|Programme|Kostformen)\b` },

  // observational: people observed, not intervened on
  { id: 'ob.associated', type: 'observational', w: 2, en: /\b(?:associated with|association between|linked (?:to|with)|link between|correlat(?:ed|ion|es) with|tied to)\b/gi, de: String.raw`\bin Verbindung (?:stehen|steht|gebracht)\b|\bZusammenhang (?:zwischen|mit)\b|\bzusammenh(?:ängt|ängen|ing|ingen)\b|\bmit (?:\w+ ){0,3}(?:verbunden|assoziiert|verknüpft)\b|\bkorrelier\w*|\bKorrelation\b` },
  { id: 'ob.cohort', type: 'observational', w: 3, en: /\bcohort\b|\bcase-control\b|\bcross-sectional\b|\blongitudinal\b|\bprospective study\b|\bretrospective\b/gi, de: String.raw`\bKohorte\w*|\bFall-Kontroll-Studie\w*|\bQuerschnitts\w*|\bLangzeitstudie\w*|\bLängsschnitt\w*|\bprospektive\w*|\bretrospektive\w*` },
  { id: 'ob.observational', type: 'observational', w: 3, en: /\bobservational\b|\breal-world (?:data|evidence|study|effectiveness)\b|\breal-world\b|\btest-negative\b|\b(?:vaccine|vaccination) effectiveness\b|\beffectiveness estimates?\b/gi, de: String.raw`\bBeobachtungsstudie\w*|\bReal-World\b|\bRoutinedaten\b|\bImpfeffektivität\b` },
  { id: 'ob.survey-records', type: 'observational', w: 2, en: /\b(?:surveyed|survey of|questionnaires?|self-reported|registry|registries|(?:health|medical|tax|school|court|employment|payroll|administrative|company|vaccination|vaccine|hospital|patient) records|company accounts|national data|census data|insurance claims)\b/gi, de: String.raw`\bUmfrage\w*|\bbefragt\w*|\bBefragung\w*|\bFragebo\w*|\bRegister\b|\bRegistern\b|\b\w*register(?:daten|n)?\b|\b(?:Kranken|Patienten)akte\w*|\b(?:Gesundheits|Abrechnungs|Versicherten|Krankenkassen|Melde|Sozial|Versorgungs)daten\b|\bVolkszählung\w*` },
  { id: 'ob.followed', type: 'observational', w: 3, en: /\b(?:followed|tracked|monitored) (?:more than |nearly |about |some |over )?[\d,.]+(?: million)? (?:people|participants|adults|children|infants|women|men|patients|babies|births|veterans|nurses)\b/gi, de: String.raw`\b(?:begleiteten|verfolgten|beobachteten) (?:mehr als |knapp |rund |etwa |über |fast )?[\d.,]+(?: Millionen| Tausend)? (?:\w+ ){0,2}${PEOPLE_DE}` },
  { id: 'ob.data-from', type: 'observational', w: 2, en: /\b(?:data (?:from|on) (?:more than |nearly |about |over )?[\d,.]+|analy[sz]ed (?:data|records) (?:from|of|on))\b/gi, de: String.raw`\bDaten (?:von|aus|zu) (?:mehr als |knapp |rund |etwa |über |fast )?[\d.,]+|\b(?:werteten|analysierten) (?:\w+ ){0,3}(?:Daten|Akten|Aufzeichnungen)\b|\b(?:Daten|Akten) (?:\w+ ){0,3}ausgewertet\b` },
  { id: 'ob.examined-n', type: 'observational', w: 2.5, en: /\b(?:examined|studied|analy[sz]ed|looked at|screened|assessed|surveyed|followed|tracked|compared|interviewed) (?:data (?:on|from) |records (?:of|from) )?(?:more than |nearly |about |almost |over |some |roughly )?[\d,.]+(?: million| thousand)? (?:\w+ ){0,2}(?:men|women|people|participants|adults|children|infants|babies|patients|individuals|students|veterans|nurses|twins|pregnancies|births|residents|households|firms|companies|employers|workers|schools|hospitals|countries|cities|counties|districts)\b/gi, de: String.raw`\b(?:untersuchten|analysierten|befragten|verglichen|werteten) (?:die )?(?:Daten (?:von|zu) )?(?:mehr als |knapp |rund |etwa |über |fast )?[\d.,]+(?: Millionen| Tausend)? (?:\w+ ){0,2}(?:${PEOPLE_DE}|Haushalte\w*|Unternehmen|Betriebe\w*|Schulen|Kliniken|Krankenhäuser\w*|Länder\w*|Städte\w*|Landkreise\w*)` },
  { id: 'ob.changes-risk', type: 'observational', w: 1.5, en: /\b(?:doubles|triples|raises|raised|increases|increased|lowers|lowered|cuts|reduces|reduced|halves) (?:the |their |your |a person's )?risk\b/gi, de: String.raw`\b(?:erhöh|senk|verdoppel|halbier|verringer|steiger|reduzier)\w* (?:\w+ ){0,2}\w*[Rr]isiko\b` },
  { id: 'ob.likely', type: 'observational', w: 1, en: /\b(?:more|less) likely to\b|\b(?:higher|lower|increased|reduced) risk\b|\brisk of\b|\bodds\b/gi, de: String.raw`\b(?:häufiger|seltener|wahrscheinlicher)\b|\b(?:höhere\w*|niedrigere\w*|erhöhte\w*|geringere\w*) \w*[Rr]isiko\b|\bRisiko für\b` },
  { id: 'ob.genetic', type: 'observational', w: 2, en: /\bgenome-wide association\b|\bgenetic variants?\b|\bMendelian randomi[sz]ation\b/gi, de: String.raw`\bgenomweite\w* Assoziation\w*|\bGenvariante\w*|\bMendelsche\w* Randomisierung\b` },
  { id: 'ob.not-cause', type: 'observational', w: 2, en: /\bcannot prove (?:cause|causation)\b|\bdoes not prove\b|\bcause and effect\b/gi, de: String.raw`\b(?:ursächlichen|kausalen) Zusammenhang\b|\bbeweist nicht\b|\bUrsache und Wirkung\b|\bnicht (?:\w+ )?(?:belegen|beweisen|nachweisen), dass\b` },

  // case-report: one or a few patients described one by one
  { id: 'cr.case-report', type: 'case-report', w: 3, en: /\bcase (?:report|study)\b/gi, de: String.raw`\bFallbericht\w*|\bFallstudie\w*|\bFallbeschreibung\w*` },
  { id: 'cr.aged', type: 'case-report', w: 3, en: /\ba \d{1,3}-(?:year|month|week)-old (?:man|woman|boy|girl|patient|baby|infant|child|mother|father)\b/gi, de: String.raw`\b(?:ein|eine|einem|einer|einen)[nmr]? \d{1,3}-(?:jährig|Jährig|monatig)\w*` },
  { id: 'cr.single-patient', type: 'case-report', w: 3, en: /\b(?:a single|one|the first|only one) (?:patient|person|baby|child|infant)\b|\bsingle-patient\b|\bn-of-1\b/gi, de: String.raw`\b(?:ein\w* einzige\w*|nur ein\w*|der erste) (?:Patient\w*|Person|Kind|Baby|Säugling)\b|\bEinzelfall\b` },
  { id: 'cr.bespoke', type: 'case-report', w: 3, en: /\b(?:bespoke|personali[sz]ed|custom(?:ised|ized)?)\s+(?:\w+\s+){0,2}(?:for|made for|designed for) (?:him|her|a (?:single )?(?:baby|boy|girl|patient))\b/gi, de: String.raw`\bmaßgeschneidert\w* (?:\w+ ){0,2}für (?:ihn|sie|das Kind|den Jungen|das Mädchen)\b` },
  { id: 'cr.case-series', type: 'case-report', w: 1.5, en: /\bcase series\b|\b(?:two|three|four|five|six|seven|eight|nine|ten) (?:patients|people|children|babies|infants)\b/gi, de: String.raw`\bFallserie\b|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:Patient\w*|Kinder|Babys|Menschen)\b` },
  { id: 'cr.the-patient', type: 'case-report', w: 1.2, en: /\b(?:the patient|his doctors|her doctors|the baby|the boy|the girl|the infant)\b/gi, de: String.raw`\b(?:der Patient|die Patientin|den Patienten|der Junge|das Mädchen|das Baby|seine Ärzte|ihre Ärzte)\b` },

  // meta-analysis: earlier studies pooled
  { id: 'ma.meta', type: 'meta-analysis', w: 4, en: /\bmeta-?analys[ie]s\b|\bsystematic (?:review|analysis)\b|\bumbrella review\b|\bCochrane\b/gi, de: String.raw`\bMeta-?[Aa]nalyse\w*|\bsystematische\w* (?:Übersicht|Review|Analyse|Auswertung)\w*|\bCochrane\b` },
  { id: 'ma.pooled', type: 'meta-analysis', w: 3, en: /\bpooled (?:data|results|analysis|estimates?)\b|\bpooling\b/gi, de: String.raw`\bgepoolte\w*|\bzusammengefasste\w* (?:Daten|Ergebnisse)\b` },
  { id: 'ma.reviewed-studies', type: 'meta-analysis', w: 2.5, en: /\b(?:reviewed|reviewing|combed through|sifted through|searched|chose|included|identified|selected|pooled|evaluated) (?:\w+ ){0,3}(?:trials|studies|papers)\b|\bthe (?:included|pooled) (?:trials|studies)\b/gi, de: String.raw`\b(?:werteten|sichteten|analysierten|durchsuchten|berücksichtigten|bündelten) (?:\w+ ){0,4}(?:Studien|Untersuchungen|Arbeiten)\b` },
  { id: 'ma.across-n', type: 'meta-analysis', w: 2, en: /\b(?:across|from|of|in) (?:\d+|several|multiple|many|dozens of|hundreds of) (?:previous |published |earlier |separate |randomi[sz]ed |clinical |controlled |observational )*(?:trials|studies)\b|\bpublished and unpublished (?:trials|studies|data)\b|\btook part in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:\w+ )?(?:trials|studies)\b/gi, de: String.raw`\b(?:aus|von|in) (?:\d+|mehreren|zahlreichen|vielen|Dutzenden|Hunderten) (?:früheren |veröffentlichten |randomisierten |klinischen |älteren )*(?:Studien|Untersuchungen)\b` },
  { id: 'ma.analysis-of-n', type: 'meta-analysis', w: 3, en: /\b(?:review(?:ed)?|analy[sz](?:ed|is of)|combined|looked at) (?:the )?(?:results|data|findings)? ?(?:of|from) (?:\d+|dozens of|hundreds of|several|[a-z]+-?[a-z]*) (?:previous |earlier |published |separate |randomi[sz]ed |clinical |existing )*(?:studies|trials|papers)\b|\banaly[sz]is of (?:\w+ ){0,2}(?:studies|trials)\b/gi, de: String.raw`\bAnalyse (?:von|aus) (?:\d+|\w+) (?:\w+ )?(?:Studien|Untersuchungen)\b|\bDaten (?:aus|von) (?:\d+|\w+) (?:\w+ )?Studien\b` },

  // review: narrative review, guideline, consensus, commentary
  { id: 'rv.review-article', type: 'review', w: 4, en: /\breview (?:article|paper)\b|\bnarrative review\b|\bliterature review\b/gi, de: String.raw`\bÜbersichts(?:arbeit|artikel)\w*|\bLiteraturübersicht\w*|\bReview-Artikel\w*` },
  { id: 'rv.guidelines', type: 'review', w: 1.5, en: /\bguidelines?\b|\bconsensus statement\b|\brecommendations?\b|\bposition (?:statement|paper)\b/gi, de: String.raw`\bLeitlinie\w*|\bEmpfehlung\w*|\bKonsens\w*|\bPositionspapier\w*` },
  { id: 'rv.commentary', type: 'review', w: 1.5, en: /\b(?:commentary|editorial|perspective piece|opinion piece|viewpoint)\b/gi, de: String.raw`\bKommentar\w*|\bGastbeitrag\w*|\bMeinungsbeitrag\w*|\bLeitartikel\w*` },
  // A headline labelled as opinion: the piece argues a view rather than reporting a study.
  { id: 'rv.opinion-label', type: 'review', w: 4, en: /^(?:opinion|commentary|comment|op-ed|viewpoint|perspective|editorial)\s*[:|]/gi, de: String.raw`^(?:Kommentar|Meinung|Gastbeitrag|Essay|Standpunkt|Leitartikel)\s*[:|]` },
  { id: 'rv.expert-panel', type: 'review', w: 2, en: /\b(?:panel|committee|task force) of experts\b|\bexpert panel\b/gi, de: String.raw`\bExperten(?:gremium|kommission|runde|gruppe)\w*|\bStändige\w* Impfkommission\b|\bSTIKO\b` },
  { id: 'rv.panel', type: 'review', w: 1.5, en: /\b(?:the|an?) (?:(?:expert|advisory|independent|scientific|medical|guideline|government|international) )?(?:panel|task force)\b/gi, de: String.raw`\b(?:das|ein) (?:\w+ )?Gremium\b|\bFachgesellschaft\w*` },

  // modelling: simulation, model, projection
  { id: 'mo.simulation', type: 'modelling', w: 2.5, en: /\bsimulations?\b|\bsimulated\b/gi, de: String.raw`\bSimulation\w*|\bsimulier\w*` },
  { id: 'mo.model', type: 'modelling', w: 2.5, en: /\b(?:computer|mathematical|statistical|climate|computational|epidemiological) models?\b|\bmodell?ing\b/gi, de: String.raw`\b(?:Computer|Klima|Rechen|Simulations|Wetter|Ausbreitungs)modell\w*|\b(?:mathematische|statistische|epidemiologische)\w* Modell\w*|\bModellierung\w*|\bModellrechnung\w*` },
  { id: 'mo.model-predicts', type: 'modelling', w: 2, en: /\b(?:model|models|analysis) (?:predicts?|projects?|suggests?|shows?|estimates?|found)\b/gi, de: String.raw`\b(?:Modell|Modelle|Berechnung\w*|Modellrechnung\w*) (?:sagt|sagen|zeigt|zeigen|prognostiziert|schätzt|ergab|ergeben)\b` },
  { id: 'mo.projections', type: 'modelling', w: 1.5, en: /\bprojections?\b|\bprojected\b|\bforecasts?\b|\bscenarios?\b/gi, de: String.raw`\bProjektion\w*|\bPrognose\w*|\bSzenari\w*|\bHochrechnung\w*|\bhochgerechnet\b` },
  { id: 'mo.ai-predicts', type: 'modelling', w: 2, en: /\b(?:artificial intelligence|machine learning|deep learning|neural network|algorithm) (?:predicted|to predict|predicts)\b/gi, de: String.raw`\b(?:Künstliche\w* Intelligenz|KI|maschinelle\w* Lernen|Algorithmus) (?:sagt|sagte|prognostiziert\w*|vorher\w*)` },
  { id: 'mo.ml-words', type: 'modelling', w: 1, en: /\b(?:language models?|LLMs?|neural networks?|machine[- ]learning|deep[- ]learning|algorithms?|benchmarks?)\b/gi, de: String.raw`\b(?:Sprachmodell\w*|KI-Modell\w*|neuronale\w* Netz\w*|maschinelle\w* Lernen|Deep Learning|Algorithm\w*|Benchmark\w*)` },

  // observation: watching nature outside a lab
  { id: 'os.instruments', type: 'observation', w: 2.5, en: /\btelescopes?\b|\bobservatory\b|\bspacecraft\b|\bprobe\b|\brover\b|\bsatellites?\b/gi, de: String.raw`\b\w*[Tt]eleskop\w*|\bSternwarte\b|\bObservatorium\b|\bRaumsonde\w*|\bRover\b|\bSatellit\w*` },
  { id: 'os.observed', type: 'observation', w: 1, en: /\b(?:observed|spotted|detected|discovered|imaged|photographed)\b/gi, de: String.raw`\b(?:beobachtet\w*|entdeckt\w*|nachgewiesen|aufgespürt|gesichtet|fotografiert)\b` },
  { id: 'os.observations', type: 'observation', w: 1.5, en: /\bobservations?\b/gi, de: String.raw`\bBeobachtung\w*` },
  { id: 'os.fossils', type: 'observation', w: 2, en: /\bfossils?\b|\bfossilised\b|\bfossilized\b|\bskeletons?\b|\bbones\b|\b(?:human|skeletal|fossil) remains\b|\bremains of\b/gi, de: String.raw`\bFossil\w*|\bversteinert\w*|\bSkelett\w*|\bKnochen\b|\bÜberreste\w*` },
  { id: 'os.archaeology', type: 'observation', w: 2, en: /\b(?:excavat(?:ed|ion|ions)|archaeolog(?:ists?|ical|y)|dig site|burial|artefacts?|artifacts?|tombs?)\b/gi, de: String.raw`\bAusgrabung\w*|\bausgegraben\b|\bArchäolog\w*|\bGrabstätte\w*|\bGräber\w*|\bGrabbeigabe\w*|\bArtefakt\w*|\bFundstelle\w*|\bGrabung\w*` },
  { id: 'os.field', type: 'observation', w: 2, en: /\b(?:field (?:work|survey|surveys|study|measurements|station)|fieldwork|in the wild|wild (?:populations?|animals|birds)|tagged|camera traps?)\b/gi, de: String.raw`\bFeld(?:studie|forschung|arbeit|messung|station)\w*|\bin freier Wildbahn\b|\bwildlebend\w*|\bbesendert\w*|\bKamerafalle\w*` },
  { id: 'os.counts', type: 'observation', w: 2.5, en: /\b(?:bird|breeding bird|wildlife|butterfly|insect|moth|bat|whale|seal|plant|tree) (?:surveys?|counts?|census(?:es)?|monitoring)\b|\bcounted (?:\w+ ){0,2}(?:birds|animals|insects|butterflies|plants|trees|whales|seals|nests|species|colonies)\b|\bbirdwatchers\b/gi, de: String.raw`\b(?:Vogel|Brutvogel|Insekten|Schmetterlings|Wildtier|Fledermaus|Wal|Pflanzen)(?:zählung|bestand|monitoring|erfassung|kartierung)\w*|\bzählten (?:\w+ ){0,2}(?:Vögel|Tiere|Insekten|Schmetterlinge|Pflanzen|Bäume|Wale|Nester|Arten)\b` },
  { id: 'os.instruments-earth', type: 'observation', w: 1.5, en: /\b(?:ice cores?|sediment cores?|measurements|radar|sensors? (?:on|in) the|buoys|(?:robotic|ocean|argo|profiling) floats|weather stations?|boreholes?|seismometers?|seismic (?:data|stations|recordings)|tide gauges?|rain gauges?)\b/gi, de: String.raw`\b(?:Eis|Bohr|Sediment)kern\w*|\bMessungen\b|\bMessdaten\b|\bRadar\w*|\bMessbojen\b|\bBojen\b|\bWetterstation\w*|\bSeismometer\w*|\bseismische\w* (?:Daten|Messungen|Aufzeichnungen)\b|\bPegel\w*` },
  { id: 'os.series-of', type: 'observation', w: 2, en: /\b(?:analysis|analyses|records?|series) of (?:\w+ ){0,3}(?:measurements|readings|observations)\b/gi, de: String.raw`\b(?:Mess|Beobachtungs|Zeit)reihe\w*` },
  { id: 'os.gathered', type: 'observation', w: 2.5, en: /\b(?:gathered|collected|compiled|took|taken|analy[sz]ed|combined) (?:\w+ ){0,4}(?:measurements|readings|observations|samples) (?:of|from|in|at|taken)\b|\brecorded (?:\w+ ){0,3}(?:earthquakes|quakes|tremors|eruptions|storms|lightning strikes|floods|temperatures)\b/gi, de: String.raw`\b(?:sammelten|erhoben|nahmen|entnahmen|werteten) (?:\w+ ){0,4}(?:Messungen|Messwerte|Proben|Beobachtungen|Daten) (?:\w+ ){0,3}(?:aus|von|an|in)\b|\bzeichneten (?:\w+ ){0,3}(?:Erdbeben|Beben|Ausbrüche|Stürme|Blitze|Temperaturen) auf\b` },
  { id: 'os.objects', type: 'observation', w: 0.6, en: /\b(?:galax(?:y|ies)|stars?|exoplanets?|black holes?|supernova|comets?|asteroids?|nebula|quasars?|glaciers?|ice sheets?|volcano(?:es)?|earthquakes?|species|lakes|rivers|permafrost|coral reefs?|seafloor|seabed|aquifers?)\b/gi, de: String.raw`\b(?:Galaxie\w*|Sterne\w*|Exoplanet\w*|Schwarze\w* L[öo]ch\w*|Supernova\w*|Komet\w*|Asteroid\w*|Quasar\w*|Gletscher\w*|Eisschild\w*|Vulkan\w*|Erdbeben\w*|Arten|Seen|Flüsse\w*|Permafrost\w*|Korallenriff\w*|Meeresboden\w*|Grundwasser\w*)` },

  // lab-experiment: physical-science or engineering experiment, a device built and tested
  { id: 'le.prototype', type: 'lab-experiment', w: 3, en: /\bprototypes?\b/gi, de: String.raw`\bPrototyp\w*` },
  { id: 'le.built', type: 'lab-experiment', w: 2, en: /\b(?:researchers|engineers|scientists|chemists|physicists|team)\s+(?:\w+\s+){0,2}(?:built|build|fabricated|designed|engineered|developed|created|synthesi[sz]ed|constructed|3D-printed)\b/gi, de: String.raw`\b(?:Forscher\w*|Forschende\w*|Ingenieur\w*|Wissenschaftler\w*|Chemiker\w*|Physiker\w*|Team)\b (?:\w+ ){0,3}(?:bauten|entwickelten|konstruierten|synthetisierten|fertigten|druckten|entwarfen|stellten (?:\w+ ){0,3}her|haben (?:\w+ ){0,4}(?:gebaut|entwickelt|konstruiert|hergestellt|synthetisiert))\b` },
  { id: 'le.objects', type: 'lab-experiment', w: 1, en: /\b(?:device|material|materials|battery|batteries|robot|robots|chip|chips|sensor|sensors|laser|catalyst|alloy|coating|membrane|electrode|transistor|qubits?|solar cells?|circuit|reactor|crystals?|polymer|printers?|drones?|vehicles?|engines?|turbines?|microscopes?|capsules?|implants?|wearables?)\b/gi, de: String.raw`\b(?:Gerät|Material|Werkstoff|Batterie|Akku|Roboter|Chip|Sensor|Laser|Katalysator|Legierung|Beschichtung|Membran|Elektrode|Transistor|Qubit|Solarzelle|Schaltkreis|Reaktor|Kristall|Polymer|Drohne|Fahrzeug|Turbine|Mikroskop|Implantat)\w*` },
  { id: 'le.experiments', type: 'lab-experiment', w: 1, en: /\b(?:experiments?|experimental setup|apparatus|in the lab(?:oratory)?|lab tests?|tested in the lab)\b/gi, de: String.raw`\bExperiment\w*|\bVersuchsaufbau\w*|\bim Labor\b|\bLabor(?:test|versuch)\w*` },
];

/**
 * The cues' patterns in one language, by their index in STUDY_CUES: German pages read the German patterns, every
 * other page the English ones. The German ones are made on each call (over a second in Firefox for all of them).
 */
export function cuePatterns(lang: 'en' | 'de'): (RegExp | undefined)[] {
  return STUDY_CUES.map((cue) => (lang === 'de' ? (cue.de === undefined ? undefined : de(cue.de, cue.deFlags)) : cue.en));
}
