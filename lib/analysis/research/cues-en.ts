import type { StudyType } from '../types';

/** A phrase that points to one study type, with how strongly it does. */
export interface Cue {
  re: RegExp;
  w: number;
}

/** English cues per study type. Kept as data so other languages can add their own table. */
export const STUDY_CUES_EN: Record<Exclude<StudyType, 'none'>, Cue[]> = {
  'in-vitro': [
    { re: /\bin vitro\b/gi, w: 3 },
    { re: /\b(?:cell|tissue) cultures?\b|\bcultured (?:human |mouse |)(?:cells|neurons|tissue)\b/gi, w: 3 },
    { re: /\bcell lines?\b/gi, w: 2 },
    { re: /\b(?:petri dish(?:es)?|test tubes?|(?:lab|laboratory|culture) dish(?:es)?|lab-grown)\b|\bin culture\b/gi, w: 3 },
    { re: /\borganoids?\b|\bmini-?(?:brains|organs|livers|guts)\b/gi, w: 3 },
    { re: /\b(?:human|cancer|tumou?r|immune|stem|brain|heart|liver|skin|lung) cells in the lab(?:oratory)?\b/gi, w: 3 },
    { re: /\bin (?:human |cancer |tumou?r )?cells\b|\bon (?:human )?cells\b/gi, w: 1.5 },
    { re: /\btissue samples?\b|\bpost-?mortem (?:brain )?tissue\b/gi, w: 1 },
    { re: /\bin the lab(?:oratory)?\b/gi, w: 0.5 },
  ],
  animal: [
    { re: /\b(?:in|on|of|with|using|treated|fed|gave|given|injected|into)\s+(?:\w+\s+){0,2}(?:mice|rats|rodents|monkeys|macaques|primates|zebrafish|fruit flies|pigs|piglets|ferrets|hamsters|guinea pigs|worms|marmosets|rabbits|dogs|cats|sheep|cattle|cows|horses|goats|chickens)\b/gi, w: 3 },
    { re: /\b(?:mouse|mice|rat|rodent|animal|primate|monkey|zebrafish|pig|dog|canine|sheep|veterinary) (?:models?|studies|study|experiments?|trials?)\b/gi, w: 3 },
    { re: /\b(?:lab(?:oratory)? (?:mice|rats|animals))\b|\bpreclinical\b/gi, w: 2.5 },
    { re: /\b(?:mice|rats|rodents|macaques|zebrafish)\b/gi, w: 1 },
    { re: /\b(?:C\. elegans|nematodes?|fruit fl(?:y|ies)|Drosophila)\b/g, w: 2 },
    { re: /\bthe (?:animals|mice|rats)\b/gi, w: 1.5 },
    // A counted group of animals put through a procedure: animals as the study's subjects.
    { re: /\b\d+ (?:mice|rats|monkeys|dogs|pigs|sheep|bees|bumblebees|honeybees|flies|fish|zebrafish|birds|crows|pigeons|parrots|octopuses|ants|worms) (?:were|was) (?:given|trained|fed|injected|exposed|tested|placed|put|housed|raised|taught)\b/gi, w: 3 },
  ],
  'human-trial': [
    { re: /\brandomi[sz]ed\b|\brandomly (?:assigned|allocated)\b/gi, w: 3 },
    { re: /\bplacebo\b|\bsham\b|\bdouble-?blind(?:ed)?\b/gi, w: 3 },
    { re: /\bphase (?:[1-4]|I{1,3}V?|IV)(?:\/(?:[1-4]|I{1,3}))?[ab]?\b/gi, w: 3 },
    { re: /(?<!pre-?)\bclinical trial\b|\b(?:drug|vaccine|pilot|treatment|human|first-in-human|the|this|randomi[sz]ed|controlled) trial\b/gi, w: 2 },
    { re: /(?<!pre-?)\bclinical trials\b/gi, w: 1 },
    { re: /(?<!pre-?clinical )\btrials?\b/gi, w: 0.7 },
    { re: /\b(?:participants|volunteers|patients|people|adults|children|women|men|subjects)\s+(?:\w+\s+){0,2}(?:were given|received|were treated|took|were assigned|were enrolled|were randomi[sz]ed|were injected|got|were vaccinated|were asked to)\b/gi, w: 2.5 },
    { re: /\b(?:enrolled|recruited)\b/gi, w: 1.5 },
    { re: /\b(?:treated|treating) (?:\d+ |[a-z]+ )?patients\b|\bpatients (?:who )?(?:underwent|receiving|treated with|who received)\b/gi, w: 2 },
    { re: /\b(?:control group|treatment group|intervention group|dose|doses|dosing|infusion|injections?)\b/gi, w: 1 },
    { re: /\b(?:tested|trialled|trialed) (?:it |the \w+ )?(?:in|on) (?:people|humans|patients|volunteers)\b/gi, w: 2.5 },
    { re: /\bvolunteers\b|\btrial participants\b/gi, w: 1.5 },
    { re: /\b(?:instruct(?:ed|ing)|assign(?:ed|ing)|train(?:ed|ing)|pa(?:id|ying)|randomly (?:split|divided)) (?:\w+ ){0,2}(?:participants|volunteers|students|subjects|pupils)\b/gi, w: 2.5 },
    { re: /\b(?:introduced|tested|delivered|received) (?:a |an |the )?(?:\w+ )?intervention\b/gi, w: 2 },
    { re: /\b(?:efficacy|side effects?|adverse events?|safety and)\b/gi, w: 0.7 },
    // An experiment on people: one group told or given one thing, the rest another, chosen by chance.
    { re: /\b(?:half|the other half|the rest|one group|the other group|another group|a control group) (?:of (?:the|them) (?:\w+ )?)?(?:were|was) (?:told|asked|given|assigned|instructed|shown|taught)\b/gi, w: 2.5 },
    { re: /\b(?:by|with|through) (?:a )?(?:coin toss|toss of a coin|drawing lots|lottery)\b|\b(?:assigned|allocated|split|divided|chosen) (?:\w+ ){0,2}at random\b|\b(?:psychology|psychological|behavioural|behavioral) experiments?\b/gi, w: 2.5 },
    // Crossover and feeding designs: everyone gets each arm in turn, so the story may never say "trial".
    { re: /\bcross-?over (?:study|trial|design)\b|\bin (?:a )?random(?:i[sz]ed)? order\b|\b(?:their|his|her) own (?:control|comparison)\b|\b(?:controlled )?feeding (?:study|trial|experiment)\b/gi, w: 3 },
    { re: /\b(?:ate|followed|tried|took|received|drank) (?:both|two|three|each of the (?:two|three)|the two|the three) (?:diets|treatments|drinks|meals|menus|regimens|programmes|programs)\b/gi, w: 2.5 },
  ],
  observational: [
    { re: /\b(?:associated with|association between|linked (?:to|with)|link between|correlat(?:ed|ion|es) with|tied to)\b/gi, w: 2 },
    { re: /\bcohort\b|\bcase-control\b|\bcross-sectional\b|\blongitudinal\b|\bprospective study\b|\bretrospective\b/gi, w: 3 },
    { re: /\bobservational\b|\breal-world (?:data|evidence|study|effectiveness)\b|\breal-world\b|\btest-negative\b|\b(?:vaccine|vaccination) effectiveness\b|\beffectiveness estimates?\b/gi, w: 3 },
    { re: /\b(?:surveyed|survey of|questionnaires?|self-reported|registry|registries|(?:health|medical|tax|school|court|employment|payroll|administrative|company|vaccination|vaccine|hospital|patient) records|company accounts|national data|census data|insurance claims)\b/gi, w: 2 },
    { re: /\b(?:followed|tracked|monitored) (?:more than |nearly |about |some |over )?[\d,.]+(?: million)? (?:people|participants|adults|children|infants|women|men|patients|babies|births|veterans|nurses)\b/gi, w: 3 },
    { re: /\b(?:data (?:from|on) (?:more than |nearly |about |over )?[\d,.]+|analy[sz]ed (?:data|records) (?:from|of|on))\b/gi, w: 2 },
    { re: /\b(?:examined|studied|analy[sz]ed|looked at|screened|assessed|surveyed|followed|tracked|compared|interviewed) (?:data (?:on|from) |records (?:of|from) )?(?:more than |nearly |about |almost |over |some |roughly )?[\d,.]+(?: million| thousand)? (?:\w+ ){0,2}(?:men|women|people|participants|adults|children|infants|babies|patients|individuals|students|veterans|nurses|twins|pregnancies|births|residents|households|firms|companies|employers|workers|schools|hospitals|countries|cities|counties|districts)\b/gi, w: 2.5 },
    { re: /\b(?:doubles|triples|raises|raised|increases|increased|lowers|lowered|cuts|reduces|reduced|halves) (?:the |their |your |a person's )?risk\b/gi, w: 1.5 },
    { re: /\b(?:more|less) likely to\b|\b(?:higher|lower|increased|reduced) risk\b|\brisk of\b|\bodds\b/gi, w: 1 },
    { re: /\bgenome-wide association\b|\bgenetic variants?\b|\bMendelian randomi[sz]ation\b/gi, w: 2 },
    { re: /\bcannot prove (?:cause|causation)\b|\bdoes not prove\b|\bcause and effect\b/gi, w: 2 },
  ],
  'case-report': [
    { re: /\bcase (?:report|study)\b/gi, w: 3 },
    { re: /\ba \d{1,3}-(?:year|month|week)-old (?:man|woman|boy|girl|patient|baby|infant|child|mother|father)\b/gi, w: 3 },
    { re: /\b(?:a single|one|the first|only one) (?:patient|person|baby|child|infant)\b|\bsingle-patient\b|\bn-of-1\b/gi, w: 3 },
    { re: /\b(?:bespoke|personali[sz]ed|custom(?:ised|ized)?)\s+(?:\w+\s+){0,2}(?:for|made for|designed for) (?:him|her|a (?:single )?(?:baby|boy|girl|patient))\b/gi, w: 3 },
    { re: /\bcase series\b|\b(?:two|three|four|five|six|seven|eight|nine|ten) (?:patients|people|children|babies|infants)\b/gi, w: 1.5 },
    { re: /\b(?:the patient|his doctors|her doctors|the baby|the boy|the girl|the infant)\b/gi, w: 1.2 },
  ],
  'meta-analysis': [
    { re: /\bmeta-?analys[ie]s\b|\bsystematic (?:review|analysis)\b|\bumbrella review\b|\bCochrane\b/gi, w: 4 },
    { re: /\bpooled (?:data|results|analysis|estimates?)\b|\bpooling\b/gi, w: 3 },
    { re: /\b(?:reviewed|reviewing|combed through|sifted through|searched|chose|included|identified|selected|pooled|evaluated) (?:\w+ ){0,3}(?:trials|studies|papers)\b|\bthe (?:included|pooled) (?:trials|studies)\b/gi, w: 2.5 },
    { re: /\b(?:across|from|of|in) (?:\d+|several|multiple|many|dozens of|hundreds of) (?:previous |published |earlier |separate |randomi[sz]ed |clinical |controlled |observational )*(?:trials|studies)\b|\bpublished and unpublished (?:trials|studies|data)\b/gi, w: 2 },
    { re: /\b(?:review(?:ed)?|analy[sz](?:ed|is of)|combined|looked at) (?:the )?(?:results|data|findings)? ?(?:of|from) (?:\d+|dozens of|hundreds of|several|[a-z]+-?[a-z]*) (?:previous |earlier |published |separate |randomi[sz]ed |clinical |existing )*(?:studies|trials|papers)\b|\banaly[sz]is of (?:\w+ ){0,2}(?:studies|trials)\b/gi, w: 3 },
  ],
  review: [
    { re: /\breview (?:article|paper)\b|\bnarrative review\b|\bliterature review\b/gi, w: 4 },
    { re: /\bguidelines?\b|\bconsensus statement\b|\brecommendations?\b|\bposition (?:statement|paper)\b/gi, w: 1.5 },
    { re: /\b(?:commentary|editorial|perspective piece|opinion piece|viewpoint)\b/gi, w: 1.5 },
    // A headline labelled as opinion: the piece argues a view rather than reporting a study.
    { re: /^\b(?:opinion|commentary|comment|op-ed|viewpoint|perspective|editorial)\s*[:|]/gi, w: 4 },
    { re: /\b(?:panel|committee|task force) of experts\b|\bexpert panel\b/gi, w: 2 },
    { re: /\b(?:the|an?) (?:(?:expert|advisory|independent|scientific|medical|guideline|government|international) )?(?:panel|task force)\b/gi, w: 1.5 },
  ],
  modelling: [
    { re: /\bsimulations?\b|\bsimulated\b/gi, w: 2.5 },
    { re: /\b(?:computer|mathematical|statistical|climate|computational|epidemiological) models?\b|\bmodell?ing\b/gi, w: 2.5 },
    { re: /\b(?:model|models|analysis) (?:predicts?|projects?|suggests?|shows?|estimates?|found)\b/gi, w: 2 },
    { re: /\bprojections?\b|\bprojected\b|\bforecasts?\b|\bscenarios?\b/gi, w: 1.5 },
    { re: /\b(?:artificial intelligence|machine learning|deep learning|neural network|algorithm) (?:predicted|to predict|predicts)\b/gi, w: 2 },
    { re: /\b(?:language models?|LLMs?|neural networks?|machine[- ]learning|deep[- ]learning|algorithms?|benchmarks?)\b/gi, w: 1 },
  ],
  observation: [
    { re: /\btelescopes?\b|\bobservatory\b|\bspacecraft\b|\bprobe\b|\brover\b|\bsatellites?\b/gi, w: 2.5 },
    { re: /\b(?:observed|spotted|detected|discovered|imaged|photographed)\b/gi, w: 1 },
    { re: /\bobservations?\b/gi, w: 1.5 },
    { re: /\bfossils?\b|\bfossilised\b|\bfossilized\b|\bskeletons?\b|\bbones\b|\b(?:human|skeletal|fossil) remains\b|\bremains of\b/gi, w: 2 },
    { re: /\b(?:excavat(?:ed|ion|ions)|archaeolog(?:ists?|ical|y)|dig site|burial|artefacts?|artifacts?|tombs?)\b/gi, w: 2 },
    { re: /\b(?:field (?:work|survey|surveys|study|measurements|station)|fieldwork|in the wild|wild (?:populations?|animals|birds)|tagged|camera traps?)\b/gi, w: 2 },
    { re: /\b(?:bird|breeding bird|wildlife|butterfly|insect|moth|bat|whale|seal|plant|tree) (?:surveys?|counts?|census(?:es)?|monitoring)\b|\bcounted (?:\w+ ){0,2}(?:birds|animals|insects|butterflies|plants|trees|whales|seals|nests|species|colonies)\b|\bbirdwatchers\b/gi, w: 2.5 },
    { re: /\b(?:ice cores?|sediment cores?|measurements|radar|sensors? (?:on|in) the|buoys|(?:robotic|ocean|argo|profiling) floats|weather stations?|boreholes?|seismometers?|seismic (?:data|stations|recordings)|tide gauges?|rain gauges?)\b/gi, w: 1.5 },
    // Measuring the natural world: readings gathered, events recorded.
    { re: /\b(?:analysis|analyses|records?|series) of (?:\w+ ){0,3}(?:measurements|readings|observations)\b/gi, w: 2 },
    { re: /\b(?:gathered|collected|compiled|took|taken|analy[sz]ed|combined) (?:\w+ ){0,4}(?:measurements|readings|observations|samples) (?:of|from|in|at|taken)\b|\brecorded (?:\w+ ){0,3}(?:earthquakes|quakes|tremors|eruptions|storms|lightning strikes|floods|temperatures)\b/gi, w: 2.5 },
    { re: /\b(?:galax(?:y|ies)|stars?|exoplanets?|black holes?|supernova|comets?|asteroids?|nebula|quasars?|glaciers?|ice sheets?|volcano(?:es)?|earthquakes?|species|lakes|rivers|permafrost|coral reefs?|seafloor|seabed|aquifers?)\b/gi, w: 0.6 },
  ],
  'lab-experiment': [
    { re: /\bprototypes?\b/gi, w: 3 },
    { re: /\b(?:researchers|engineers|scientists|chemists|physicists|team)\s+(?:\w+\s+){0,2}(?:built|build|fabricated|designed|engineered|developed|created|synthesi[sz]ed|constructed|3D-printed)\b/gi, w: 2 },
    { re: /\b(?:device|material|materials|battery|batteries|robot|robots|chip|chips|sensor|sensors|laser|catalyst|alloy|coating|membrane|electrode|transistor|qubits?|solar cells?|circuit|reactor|crystals?|polymer|printers?|drones?|vehicles?|engines?|turbines?|microscopes?|capsules?|implants?|wearables?)\b/gi, w: 1 },
    { re: /\b(?:experiments?|experimental setup|apparatus|in the lab(?:oratory)?|lab tests?|tested in the lab)\b/gi, w: 1 },
  ],
};

/** Sentences about background or other work count for less than sentences about this study. */
export const BACKGROUND_RE = /\b(?:previous(?:ly)?|earlier|past|prior|other|older|existing|former) (?:\w+ )?(?:studies|study|research|work|trials?|findings|experiments)\b|\bhas long been\b|\bfor decades\b|\bin recent years\b|\balready\b|\b(?:19|20)\d\d (?:study|paper|report|review|analysis|trial)\b|\b[Ii]n (?:19|20)\d\d, (?:a|an|the)\b|\bfor other (?:cancers|diseases|conditions|illnesses)\b/i;
/** Sentences that point at the story's own study count more. */
export const MAIN_STUDY_RE = /\b(?:the|this|their|a) new (?:study|research|paper|trial|analysis|work)\b|\bthe (?:study|researchers|team|trial|authors|scientists|paper)\b|\b(?:published|reported|appears?|described) (?:today |this week |on \w+ )?in\b|\bwe found\b|\bled by\b/i;
/** Phrases that name a separate study, for the multi-study list. */
export const OTHER_STUDY_RE = /\b(?:another|a separate|a second|a third|a different|an earlier|a previous|a related|a companion|a similar|a smaller|a larger|a recent) (?:\w+ )?(?:study|trial|analysis|meta-analysis|paper|review|survey|experiment|cohort)\b|\bmeanwhile\b|\bin a separate\b/i;
