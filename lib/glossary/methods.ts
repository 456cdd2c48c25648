import type { GlossaryEntry } from './types';

/** Plain-language glossary: how research is done, counted and published. */
export const entries: GlossaryEntry[] = [
  {
    term: 'placebo',
    aliases: ['dummy pill', 'sugar pill', 'placebo-controlled', 'placebo group', 'placebos'],
    field: 'methods',
    definition:
      'A fake treatment, like a pill with no drug in it. Some people in a study get it so researchers can see if the real treatment does better.',
    seeAlso: ['placebo effect', 'control group', 'double-blind'],
  },
  {
    term: 'placebo effect',
    field: 'methods',
    definition:
      'When people feel better after a fake treatment just because they expect to. It is why new treatments are tested against a placebo.',
    seeAlso: ['placebo'],
  },
  {
    term: 'nocebo effect',
    aliases: ['nocebo'],
    field: 'methods',
    definition:
      'The opposite of the placebo effect: people feel side effects from a fake treatment because they expect harm.',
    seeAlso: ['placebo effect'],
  },
  {
    term: 'control group',
    aliases: ['control arm', 'comparison group'],
    field: 'methods',
    definition:
      'The people or animals in a study who do not get the thing being tested. Comparing them with the others shows what the treatment itself did.',
    seeAlso: ['placebo', 'randomised controlled trial'],
  },
  {
    term: 'randomised controlled trial',
    aliases: [
      'randomized controlled trial',
      'randomised control trial',
      'randomized control trial',
      'RCT',
      'randomised clinical trial',
      'randomized clinical trial',
      'randomised trial',
      'randomized trial',
      'randomised study',
      'randomized study',
    ],
    field: 'methods',
    definition:
      'A test where people are put into groups by chance, like a coin toss. One group gets the treatment and one does not, so the groups can be fairly compared.',
    seeAlso: ['control group', 'placebo', 'double-blind'],
  },
  {
    term: 'randomisation',
    aliases: ['randomization', 'randomly assigned', 'randomly allocated', 'randomised', 'randomized'],
    field: 'methods',
    definition:
      'Using chance to decide who gets which treatment in a study. It makes the groups alike, so differences at the end are likely due to the treatment.',
    seeAlso: ['randomised controlled trial'],
  },
  {
    term: 'double-blind',
    aliases: ['double-blinded', 'double blind', 'double-masked'],
    field: 'methods',
    definition:
      'A study where neither the people taking part nor the researchers know who gets the real treatment. This stops hopes and guesses from changing the results.',
    seeAlso: ['single-blind', 'placebo'],
  },
  {
    term: 'single-blind',
    aliases: ['single-blinded'],
    field: 'methods',
    definition:
      'A study where the people taking part do not know if they got the real treatment, but the researchers do.',
    seeAlso: ['double-blind'],
  },
  {
    term: 'open-label',
    aliases: ['open label', 'unblinded'],
    field: 'methods',
    definition:
      'A study where everyone knows who is getting which treatment. It is easier to run, but hopes can sway the results.',
    seeAlso: ['double-blind'],
  },
  {
    term: 'crossover trial',
    aliases: ['crossover study', 'cross-over trial'],
    field: 'methods',
    definition:
      'A trial where each person tries both treatments, one after the other. Each person is compared with themselves.',
  },
  {
    term: 'sham procedure',
    aliases: ['sham surgery', 'sham treatment', 'sham injection', 'sham stimulation'],
    field: 'methods',
    definition:
      'A fake version of a procedure, such as an operation or a zap of a device, that looks real but does nothing. It acts like a placebo.',
    seeAlso: ['placebo'],
  },
  {
    term: 'clinical trial',
    aliases: ['clinical study', 'human trial', 'clinical testing', 'clinical research'],
    field: 'methods',
    definition:
      'A study that tests a drug, device or other treatment on people to see if it is safe and if it works. Most go through phases 1 to 3.',
    seeAlso: ['phase 1 trial', 'phase 2 trial', 'phase 3 trial'],
  },
  {
    term: 'phase 1 trial',
    aliases: ['phase I trial', 'phase 1 clinical trial', 'phase one trial', 'phase 1 study', 'phase I study', 'first-in-human', 'phase 1', 'phase I'],
    field: 'methods',
    definition:
      'The first test of a treatment in people, usually a small group. It checks if the treatment is safe and what dose to use, not yet if it works.',
    seeAlso: ['phase 2 trial', 'clinical trial'],
  },
  {
    term: 'phase 2 trial',
    aliases: ['phase II trial', 'phase 2 clinical trial', 'phase two trial', 'phase 2 study', 'phase II study', 'phase 2'],
    field: 'methods',
    definition:
      'The second step of testing in people, often with a few dozen to a few hundred patients. It looks for early signs that the treatment works and checks side effects.',
    seeAlso: ['phase 1 trial', 'phase 3 trial'],
  },
  {
    term: 'phase 3 trial',
    aliases: ['phase III trial', 'phase 3 clinical trial', 'phase three trial', 'phase 3 study', 'phase III study', 'phase 3', 'late-stage trial'],
    field: 'methods',
    definition:
      'A large test in hundreds or thousands of people that compares a new treatment with the usual one or a placebo. Its results often decide if the drug gets approved.',
    seeAlso: ['phase 2 trial', 'approval'],
  },
  {
    term: 'phase 4 trial',
    aliases: ['phase IV trial', 'phase 4 study', 'phase IV study', 'post-marketing study', 'post-marketing surveillance'],
    field: 'methods',
    definition:
      'A study done after a treatment is approved and on sale. It watches many users for rare or long-term side effects.',
    seeAlso: ['phase 3 trial'],
  },
  {
    term: 'pilot study',
    aliases: ['feasibility study', 'pilot trial'],
    field: 'methods',
    definition:
      'A small first try of a study, to check the plan works before a bigger and more costly one. Its results are only a hint.',
  },
  {
    term: 'observational study',
    aliases: ['observational research', 'observational data'],
    field: 'methods',
    definition:
      'A study that watches what people already do, without giving them a treatment. It can find links, but it cannot prove that one thing causes another.',
    seeAlso: ['correlation', 'confounder', 'randomised controlled trial'],
  },
  {
    term: 'cohort study',
    aliases: ['cohort', 'prospective cohort'],
    field: 'methods',
    definition:
      'A study that follows a group of people over time to see who gets ill and what they had in common. It finds links, not proof of cause.',
    seeAlso: ['observational study', 'longitudinal study'],
  },
  {
    term: 'case-control study',
    aliases: ['case control study'],
    field: 'methods',
    definition:
      'A study that compares people who have a disease with similar people who do not. It looks back at their past for differences.',
    seeAlso: ['observational study'],
  },
  {
    term: 'cross-sectional study',
    aliases: ['cross sectional study', 'cross-sectional survey', 'cross-sectional analysis'],
    field: 'methods',
    definition:
      'A study that looks at a group of people at one moment, like a snapshot. It cannot show what came first.',
    seeAlso: ['longitudinal study'],
  },
  {
    term: 'longitudinal study',
    aliases: ['longitudinal data', 'long-term study'],
    field: 'methods',
    definition:
      'A study that checks the same people again and again over years, to see how things change.',
    seeAlso: ['cohort study'],
  },
  {
    term: 'prospective study',
    aliases: ['prospective trial', 'prospectively'],
    field: 'methods',
    definition:
      'A study that picks its people first and then follows them forward in time to see what happens.',
    seeAlso: ['retrospective study'],
  },
  {
    term: 'retrospective study',
    aliases: ['retrospective analysis', 'retrospectively'],
    field: 'methods',
    definition:
      'A study that looks back at records of things that already happened. It is quick but can miss facts no one wrote down.',
    seeAlso: ['prospective study'],
  },
  {
    term: 'case report',
    field: 'methods',
    definition:
      'A write-up of one patient, or a few, with an unusual illness or treatment. It can raise ideas but says little about other people.',
  },
  {
    term: 'real-world evidence',
    aliases: ['real-world data', 'real-world study', 'real world data'],
    field: 'methods',
    definition:
      'Facts gathered from everyday health care, such as medical records and insurance claims. It comes from normal life rather than from a planned trial.',
    seeAlso: ['observational study'],
  },
  {
    term: 'meta-analysis',
    aliases: ['meta analysis'],
    field: 'methods',
    definition:
      'A study that pools the numbers from many earlier studies on the same question. This gives a clearer answer than any one study can.',
    seeAlso: ['systematic review'],
  },
  {
    term: 'systematic review',
    field: 'methods',
    definition:
      'A careful search for every good study on one question, done by set rules. It then sums up what all the studies found.',
    seeAlso: ['meta-analysis'],
  },
  {
    term: 'review article',
    aliases: ['literature review', 'narrative review'],
    field: 'methods',
    definition:
      'A paper that sums up earlier research on a topic. It does not report a new study.',
    seeAlso: ['systematic review'],
  },
  {
    term: 'peer review',
    aliases: ['peer-reviewed', 'peer reviewed', 'peer-review', 'refereed'],
    field: 'methods',
    definition:
      'Checking of a study by other experts before a journal prints it. It catches many mistakes, but not all of them.',
    seeAlso: ['preprint'],
  },
  {
    term: 'preprint',
    aliases: ['pre-print'],
    field: 'methods',
    definition:
      'A study shared online before other experts have checked it. Its findings may change or turn out to be wrong.',
    seeAlso: ['peer review'],
  },
  {
    term: 'retraction',
    aliases: ['retracted'],
    field: 'methods',
    definition:
      'When a journal takes back a paper it printed, because of serious errors or cheating. The findings should no longer be trusted.',
  },
  {
    term: 'conflict of interest',
    aliases: ['competing interest', 'conflicts of interest', 'competing interests'],
    field: 'methods',
    definition:
      'When a researcher could gain from a result, such as money from the company that makes the drug. It does not mean the work is wrong, but it is worth knowing.',
  },
  {
    term: 'hypothesis',
    aliases: ['hypothesise', 'hypothesize'],
    field: 'methods',
    definition:
      'An idea that scientists test, such as "this drug lowers blood pressure". A study can support it or show it is wrong.',
  },
  {
    term: 'correlation',
    aliases: ['correlated', 'correlate', 'correlates'],
    field: 'methods',
    definition:
      'When two things tend to go up or down together. It does not prove that one causes the other.',
    seeAlso: ['causation', 'confounder'],
  },
  {
    term: 'causation',
    aliases: ['causality', 'causal link', 'causal relationship', 'cause and effect', 'causal'],
    field: 'methods',
    definition:
      'When one thing really makes another happen, not just goes along with it. Showing it usually needs a controlled experiment.',
    seeAlso: ['correlation', 'randomised controlled trial'],
  },
  {
    term: 'association',
    aliases: ['associated with', 'linked to', 'link between'],
    field: 'methods',
    definition:
      'A link found in the numbers: people with one trait more often have another. It does not show that one causes the other.',
    seeAlso: ['correlation', 'causation'],
    context: ['study', 'studies', 'risk', 'researchers', 'data', 'found', 'higher', 'lower', 'people', 'participants'],
  },
  {
    term: 'confounder',
    aliases: ['confounding', 'confounding factor', 'confounding variable', 'confounders', 'confounded'],
    field: 'methods',
    definition:
      'A hidden third thing that affects both things being studied and makes them look linked. For example, age can link grey hair and poor eyesight.',
    seeAlso: ['correlation', 'observational study'],
  },
  {
    term: 'bias',
    aliases: ['biased'],
    field: 'methods',
    definition:
      "Anything that pushes a study's results away from the truth in one direction. It can come from who was picked to take part or how answers were collected.",
    seeAlso: ['selection bias', 'confounder'],
    context: ['study', 'studies', 'trial', 'data', 'results', 'researchers', 'sample', 'survey', 'participants', 'findings'],
  },
  {
    term: 'selection bias',
    field: 'methods',
    definition:
      'A skew that comes from who ends up in a study. If the people are not like everyone else, the results may not apply to everyone.',
    seeAlso: ['bias'],
  },
  {
    term: 'recall bias',
    field: 'methods',
    definition:
      'Errors that come from people not remembering the past well, for example what they ate years ago.',
    seeAlso: ['bias', 'self-reported'],
  },
  {
    term: 'publication bias',
    aliases: ['file drawer problem'],
    field: 'methods',
    definition:
      'The habit of printing studies with exciting results more often than studies that found nothing. It makes treatments look better than they are.',
    seeAlso: ['bias'],
  },
  {
    term: 'self-reported',
    aliases: ['self-report', 'self reported'],
    field: 'methods',
    definition:
      'Facts that people told researchers themselves, for example in a survey, instead of being measured. People may forget or shade the truth.',
    seeAlso: ['recall bias'],
  },
  {
    term: 'sample size',
    aliases: ['small sample', 'small study'],
    field: 'methods',
    definition:
      'How many people, animals or things a study looked at. Small studies are more easily fooled by chance.',
    seeAlso: ['statistical power'],
  },
  {
    term: 'statistical power',
    aliases: ['underpowered', 'statistically powered'],
    field: 'methods',
    definition:
      'The chance that a study will spot a real effect if there is one. Studies with too few people have low power and can miss things.',
    seeAlso: ['sample size'],
  },
  {
    term: 'statistical significance',
    aliases: ['statistically significant', 'significant difference', 'statistically significantly'],
    field: 'methods',
    definition:
      'A result that is unlikely to be just luck, by a set rule. It does not mean the effect is big or that it matters to people.',
    seeAlso: ['p-value', 'clinically significant'],
  },
  {
    term: 'clinically significant',
    aliases: ['clinical significance', 'clinically meaningful', 'clinically relevant'],
    field: 'methods',
    definition:
      'A change big enough to make a real difference to how patients feel, live or survive. It is more than just a blip in the numbers.',
    seeAlso: ['statistical significance'],
  },
  {
    term: 'p-value',
    aliases: ['p value'],
    field: 'methods',
    definition:
      'A number that shows how surprising a result would be if there were no real effect. Below 0.05 is usually called significant, but that is not proof.',
    seeAlso: ['statistical significance', 'p-hacking'],
  },
  {
    term: 'confidence interval',
    aliases: ['confidence intervals'],
    field: 'methods',
    definition:
      'A range that likely holds the true value. A wide range means the study is unsure; a narrow one means it is more precise.',
    seeAlso: ['margin of error'],
  },
  {
    term: 'margin of error',
    field: 'methods',
    definition:
      'How far a result from a sample might be from the true value for everyone. A poll at 40% with a 3-point margin might really be 37% to 43%.',
    seeAlso: ['confidence interval'],
  },
  {
    term: 'effect size',
    field: 'methods',
    definition:
      'How big a difference a treatment or factor makes, not just whether there is one.',
    seeAlso: ['statistical significance'],
  },
  {
    term: 'standard deviation',
    field: 'methods',
    definition:
      'A number that tells how spread out the values are. A small one means most values sit close to the average.',
  },
  {
    term: 'median',
    field: 'methods',
    definition:
      'The middle value when all values are lined up from lowest to highest. Half are above it and half below.',
    context: ['age', 'aged', 'survival', 'months', 'years', 'income', 'value', 'average', 'patients', 'participants', 'follow-up', 'time'],
  },
  {
    term: 'relative risk',
    aliases: ['times more likely', 'times as likely'],
    field: 'methods',
    definition:
      'How much more or less likely something is in one group than another, such as "twice the risk". It hides how common the thing is to start with.',
    seeAlso: ['absolute risk'],
  },
  {
    term: 'absolute risk',
    aliases: ['absolute difference'],
    field: 'methods',
    definition:
      'The real chance of something happening, such as 2 in 100 people. A risk that "doubles" from 1 in 1,000 to 2 in 1,000 is still small.',
    seeAlso: ['relative risk'],
  },
  {
    term: 'odds ratio',
    field: 'methods',
    definition:
      'A way to compare how likely something is in two groups. A value of 1 means no difference; 2 means about twice the odds.',
    seeAlso: ['relative risk'],
  },
  {
    term: 'hazard ratio',
    field: 'methods',
    definition:
      'Compares how fast something, like death or relapse, happens in two groups over time. A value below 1 means it happens less in the treated group.',
    seeAlso: ['relative risk'],
  },
  {
    term: 'number needed to treat',
    aliases: ['NNT'],
    field: 'methods',
    definition:
      'How many people must get a treatment for one of them to be helped. Smaller numbers mean a more useful treatment.',
    seeAlso: ['absolute risk'],
  },
  {
    term: 'risk factor',
    aliases: ['risk factors'],
    field: 'methods',
    definition:
      'Something that makes a disease more likely, such as smoking for lung cancer. Having one does not mean you will get the disease.',
  },
  {
    term: 'endpoint',
    aliases: ['end point', 'outcome measure'],
    field: 'methods',
    definition:
      'The result a trial decides in advance to measure, such as deaths or tumour size. Judging by the planned endpoint stops cherry-picking.',
    seeAlso: ['clinical trial'],
  },
  {
    term: 'surrogate endpoint',
    aliases: ['surrogate marker', 'surrogate outcome'],
    field: 'methods',
    definition:
      'A stand-in measure, like a lab test, used instead of what really matters, like living longer. It is faster to measure but can mislead.',
    seeAlso: ['endpoint', 'biomarker'],
  },
  {
    term: 'follow-up',
    aliases: ['followed up', 'follow up period', 'follow-up period'],
    field: 'methods',
    definition:
      'The time a study keeps checking on its people after they join or are treated. Short follow-up can miss later effects.',
    context: ['study', 'patients', 'participants', 'years', 'months', 'trial', 'median', 'weeks'],
  },
  {
    term: 'subgroup analysis',
    aliases: ['subgroup', 'subgroups'],
    field: 'methods',
    definition:
      'Looking at results for only part of a study\'s people, such as women or older adults. Such slices are small and can show patterns by chance.',
    context: ['analysis', 'study', 'trial', 'patients', 'participants', 'results', 'benefit'],
  },
  {
    term: 'intention-to-treat analysis',
    aliases: ['intention to treat', 'intention-to-treat', 'ITT'],
    field: 'methods',
    definition:
      'Counting everyone in the group they were first put in, even if they stopped the treatment. It gives a fair, real-life picture.',
    seeAlso: ['per-protocol analysis'],
  },
  {
    term: 'per-protocol analysis',
    aliases: ['per protocol', 'per-protocol'],
    field: 'methods',
    definition:
      'Counting only the people who followed the study plan to the end. It can make a treatment look better than in real life.',
    seeAlso: ['intention-to-treat analysis'],
  },
  {
    term: 'interim analysis',
    aliases: ['interim results', 'interim data'],
    field: 'methods',
    definition:
      'A look at a trial\'s results before it ends. A trial may be stopped early if the treatment clearly helps or harms.',
  },
  {
    term: 'multiple comparisons',
    aliases: ['multiple testing', 'Bonferroni correction'],
    field: 'methods',
    definition:
      'The more questions a study asks of its data, the more likely some answers look real by luck. Careful studies adjust for this.',
    seeAlso: ['p-value', 'p-hacking'],
  },
  {
    term: 'false positive',
    aliases: ['false-positive', 'false alarm'],
    field: 'methods',
    definition:
      'A test result that says something is there when it is not. For example, a test says you have a disease when you do not.',
    seeAlso: ['false negative', 'specificity'],
  },
  {
    term: 'false negative',
    aliases: ['false-negative'],
    field: 'methods',
    definition:
      'A test result that misses something that really is there. For example, a test says you are healthy when you are ill.',
    seeAlso: ['false positive', 'sensitivity'],
  },
  {
    term: 'sensitivity',
    field: 'methods',
    definition:
      'How good a test is at catching the people who really have a condition. High sensitivity means few are missed.',
    seeAlso: ['specificity', 'false negative'],
    context: ['test', 'tests', 'screening', 'detect', 'detected', 'diagnostic', 'specificity', 'accuracy', 'cases'],
  },
  {
    term: 'specificity',
    field: 'methods',
    definition:
      'How good a test is at clearing the people who do not have a condition. High specificity means few false alarms.',
    seeAlso: ['sensitivity', 'false positive'],
    context: ['test', 'tests', 'screening', 'detect', 'diagnostic', 'sensitivity', 'accuracy'],
  },
  {
    term: 'in vitro',
    aliases: ['in-vitro', 'in a dish', 'in a petri dish', 'test tube'],
    field: 'methods',
    definition:
      'Done in a dish or test tube in the lab, with cells or molecules, not in a living body. Many results like this never work in people.',
    seeAlso: ['in vivo', 'preclinical'],
  },
  {
    term: 'in vivo',
    aliases: ['in-vivo'],
    field: 'methods',
    definition:
      'Done in a living body, such as a mouse or a person, rather than in a dish.',
    seeAlso: ['in vitro', 'animal model'],
  },
  {
    term: 'animal model',
    aliases: ['animal study', 'animal studies', 'animal testing', 'animal experiments', 'animal research'],
    field: 'methods',
    definition:
      'Animals, often mice or rats, used to study a human disease or test a treatment. What works in animals often fails in people.',
    seeAlso: ['mouse model', 'preclinical'],
  },
  {
    term: 'mouse model',
    aliases: ['mouse models', 'mouse study', 'mouse studies', 'mice model', 'lab mice', 'laboratory mice', 'transgenic mice', 'transgenic mouse', 'knockout mice', 'knockout mouse'],
    field: 'methods',
    definition:
      'Mice bred or treated to have something like a human disease, so scientists can study it. Results in mice often do not carry over to people.',
    seeAlso: ['animal model', 'preclinical'],
  },
  {
    term: 'model organism',
    aliases: ['zebrafish', 'fruit fly', 'fruit flies', 'Drosophila'],
    field: 'methods',
    definition:
      'A simple living thing, like a fruit fly, zebrafish or tiny worm, that is easy to study. It shares many genes with us.',
    seeAlso: ['animal model'],
  },
  {
    term: 'preclinical',
    aliases: ['pre-clinical', 'preclinical study', 'preclinical research', 'preclinical trial', 'pre-clinical trial', 'preclinical testing'],
    field: 'methods',
    definition:
      'Research done in cells or animals before a treatment is tried in people. Most ideas at this stage never become medicines.',
    seeAlso: ['in vitro', 'animal model', 'clinical trial'],
  },
  {
    term: 'proof of concept',
    aliases: ['proof-of-concept'],
    field: 'methods',
    definition:
      'An early test that shows an idea can work at all. It is far from a finished product or treatment.',
  },
  {
    term: 'epidemiology',
    aliases: ['epidemiologist', 'epidemiological', 'epidemiologic'],
    field: 'methods',
    definition:
      'The study of how often diseases happen in groups of people, who gets them, and why.',
    seeAlso: ['observational study', 'incidence', 'prevalence'],
  },
  {
    term: 'biostatistics',
    aliases: ['biostatistician', 'statistician'],
    field: 'methods',
    definition:
      'The use of maths and numbers to design health studies and make sense of their data.',
  },
  {
    term: 'reproducibility',
    aliases: ['reproducible'],
    field: 'methods',
    definition:
      'Whether other scientists get the same result when they repeat a study. A finding that no one can repeat is weak.',
    context: ['study', 'studies', 'results', 'findings', 'experiment', 'experiments', 'researchers', 'science'],
  },
  {
    term: 'informed consent',
    aliases: ['consent form'],
    field: 'methods',
    definition:
      "A person's agreement to take part in research after being told the risks and benefits. These must be explained in words they understand.",
    seeAlso: ['ethics committee'],
  },
  {
    term: 'ethics committee',
    aliases: ['institutional review board', 'IRB', 'ethics board', 'ethical approval'],
    field: 'methods',
    definition:
      'A panel that checks a study plan before it starts, to make sure it is fair and safe for the people in it.',
    seeAlso: ['informed consent'],
  },
  {
    term: 'trial registration',
    aliases: ['trial registry', 'ClinicalTrials.gov', 'registered trial'],
    field: 'methods',
    definition:
      'Posting a study\'s plan in a public list before it starts. Others can then check that the results match the plan.',
  },
  {
    term: 'dose-response relationship',
    aliases: ['dose-response', 'dose response', 'dose-dependent', 'dose dependent'],
    field: 'methods',
    definition:
      'When more of something leads to a bigger effect. Seeing this makes it more likely that the link is real.',
  },
  {
    term: 'wait-list control',
    aliases: ['waitlist control', 'waiting list control', 'wait-list'],
    field: 'methods',
    definition:
      'A control group that gets the treatment later, after the study ends. Until then, they are compared with those treated now.',
    seeAlso: ['control group'],
  },
  {
    term: 'non-inferiority trial',
    aliases: ['non-inferior', 'noninferiority', 'non-inferiority'],
    field: 'methods',
    definition:
      'A trial that checks if a new treatment is not much worse than the usual one. It is used when the new one is cheaper, safer or easier.',
  },
  {
    term: 'survey',
    aliases: ['surveyed', 'poll of'],
    field: 'methods',
    definition:
      'A set of questions asked to many people. It shows what they say, which is not always what they do.',
    seeAlso: ['self-reported', 'cross-sectional study'],
    context: ['respondents', 'participants', 'asked', 'questionnaire', 'adults', 'people', 'percent', '%'],
  },
  {
    term: 'Mendelian randomisation',
    aliases: ['Mendelian randomization'],
    field: 'methods',
    definition:
      'A method that treats the gene differences people are born with as a natural experiment. It is used to test whether one thing causes another.',
    seeAlso: ['causation', 'genetic variant'],
  },
  {
    term: 'statistical model',
    aliases: ['statistical modelling', 'regression'],
    field: 'methods',
    definition:
      'A set of maths rules that links numbers together, used to estimate effects or predict values. It is only as good as its data and guesses.',
    context: ['study', 'data', 'analysis', 'researchers', 'factors', 'age', 'risk'],
  },
  {
    term: 'p-hacking',
    aliases: ['data dredging'],
    field: 'methods',
    definition:
      'Trying many ways of analysing data until one gives a result that looks significant, then reporting only that one. It makes chance findings look real.',
    seeAlso: ['multiple comparisons', 'p-value'],
  },
  {
    term: 'mass spectrometry',
    aliases: ['mass spectrometer', 'mass spec'],
    field: 'methods',
    definition:
      'A lab method that weighs molecules very precisely to work out what is in a sample. It can spot tiny amounts of drugs, proteins or pollutants.',
    seeAlso: ['chromatography'],
  },
  {
    term: 'chromatography',
    aliases: ['liquid chromatography', 'gas chromatography', 'HPLC'],
    field: 'methods',
    definition:
      'A lab method that splits a mixture into its parts by how fast each moves through a material. It is often paired with mass spectrometry.',
    seeAlso: ['mass spectrometry'],
  },
  {
    term: 'X-ray crystallography',
    aliases: ['crystallography'],
    field: 'methods',
    definition:
      'A way to find the 3D shape of a molecule. X-rays are shone through a crystal of it, and the pattern they make is studied.',
    seeAlso: ['crystal structure', 'X-ray'],
  },
  {
    term: 'cryo-electron microscopy',
    aliases: ['cryo-EM', 'cryo-electron microscope', 'cryogenic electron microscopy'],
    field: 'methods',
    definition:
      'A way to see the 3D shape of proteins by freezing them fast and imaging them with electrons. It won the 2017 Nobel Prize in Chemistry.',
    seeAlso: ['electron microscope', 'protein folding'],
  },
  {
    term: 'flow cytometry',
    aliases: ['flow cytometer'],
    field: 'methods',
    definition:
      'A lab method that sends cells in single file past a laser to count them and sort them by type.',
    seeAlso: ['cell line'],
  },
  {
    term: 'ELISA',
    aliases: ['enzyme-linked immunosorbent assay'],
    field: 'methods',
    definition:
      'A common lab test for finding a substance, such as an antibody, in blood. It uses antibodies that cause a colour change when they latch on.',
    seeAlso: ['antibody', 'assay'],
  },
  {
    term: 'high-throughput screening',
    aliases: ['drug screening', 'compound screening', 'high-throughput screen'],
    field: 'methods',
    definition:
      'Testing thousands of chemicals quickly, often with robots, to find the few that act on a target. It is a first step toward new drugs.',
    seeAlso: ['drug candidate'],
  },
  {
    term: 'assay',
    field: 'methods',
    definition:
      'A lab test that measures how much of something is in a sample, or how well it works.',
    seeAlso: ['ELISA'],
  },
  {
    term: 'in silico',
    field: 'methods',
    definition:
      'Done by computer simulation, not in a lab dish or a living thing.',
    seeAlso: ['computer simulation', 'in vitro'],
  },
  {
    term: 'ex vivo',
    field: 'methods',
    definition:
      'Done on cells or tissue taken out of the body. Some gene therapies fix cells this way and then put them back.',
    seeAlso: ['in vivo', 'in vitro'],
  },
  {
    term: 'translational research',
    aliases: ['translational science', 'translational medicine', 'bench to bedside'],
    field: 'methods',
    definition:
      'Work that turns lab discoveries into treatments, tests or practices that help patients.',
    seeAlso: ['preclinical', 'clinical trial'],
  },
  {
    term: 'organ-on-a-chip',
    aliases: ['organs-on-chips', 'organ chip'],
    field: 'methods',
    definition:
      'A small plastic device lined with living human cells that mimics how an organ works. It is used to test drugs without animals.',
    seeAlso: ['organoid', 'microfluidics'],
  },
  {
    term: 'percentile',
    field: 'methods',
    definition:
      'A way of ranking: being in the 90th percentile means scoring higher than 90% of the group. Quartiles and quintiles split a group into four or five equal parts.',
    seeAlso: ['median'],
  },
  {
    term: 'baseline',
    aliases: ['at baseline'],
    field: 'methods',
    definition:
      'The starting measurements taken before a study or treatment begins. Later results are compared with them to see what changed.',
    seeAlso: ['follow-up'],
  },
  {
    term: 'sensitivity analysis',
    aliases: ['sensitivity analyses'],
    field: 'methods',
    definition:
      'A check on a result. The analysis is run again with other choices to see if the answer still holds.',
    seeAlso: ['statistical model'],
  },
  {
    term: 'Bayesian statistics',
    aliases: ['Bayesian', 'Bayesian analysis'],
    field: 'methods',
    definition:
      'A way of doing statistics that starts from what was believed before and updates it with new data. It gives the chance that an idea is true.',
    seeAlso: ['p-value'],
  },
  {
    term: 'biobank',
    aliases: ['UK Biobank'],
    field: 'methods',
    definition:
      'A large store of blood, tissue or DNA samples, plus health records, from many volunteers. Researchers use it to study disease.',
    seeAlso: ['cohort study'],
  },
  {
    term: 'electronic health record',
    aliases: ['electronic medical record', 'EHR', 'electronic health data'],
    field: 'methods',
    definition:
      'The digital file of a patient\'s visits, tests, illnesses and drugs. Researchers study large sets of them, though the data are often messy.',
    seeAlso: ['real-world evidence'],
  },
  {
    term: 'natural experiment',
    field: 'methods',
    definition:
      'A situation where chance or a new rule splits people into groups, as if in a real experiment. Researchers use it to study cause and effect.',
    seeAlso: ['causation', 'observational study'],
  },
  {
    term: 'qualitative research',
    aliases: ['qualitative study'],
    field: 'methods',
    definition:
      'Research that talks with or watches people to learn their views and feelings. It uses interviews and group talks, not numbers.',
    seeAlso: ['survey'],
  },
  {
    term: 'extension study',
    aliases: ['open-label extension', 'extension trial', 'long-term extension'],
    field: 'methods',
    definition:
      'A follow-on to a trial that lets people keep taking the drug. It gathers more data on long-term safety. Usually nobody gets a dummy pill.',
    seeAlso: ['open-label', 'clinical trial'],
  },
  {
    term: 'misinformation',
    aliases: ['disinformation', 'health misinformation'],
    field: 'methods',
    definition:
      'False or misleading claims. When they are spread on purpose, they are called disinformation.',
    seeAlso: ['peer review'],
  },
  {
    term: 'open access',
    aliases: ['open-access'],
    field: 'methods',
    definition:
      'Research papers that anyone can read online for free. No one has to pay to see them.',
    seeAlso: ['preprint'],
  },
  {
    term: 'impact factor',
    aliases: ['journal impact factor'],
    field: 'methods',
    definition:
      'A score of how often a journal\'s recent papers are cited. It is used as a rough sign of prestige but says little about any single study.',
    seeAlso: ['peer review'],
  },
  {
    term: 'null result',
    aliases: ['null finding', 'negative result'],
    field: 'methods',
    definition:
      'A study finding of no clear effect or difference. Such results are useful but are less often published.',
    seeAlso: ['publication bias'],
  },
  {
    term: 'signal-to-noise ratio',
    aliases: ['signal to noise'],
    field: 'methods',
    definition:
      'How strong the thing being measured is compared with the random background mixed in with it. A higher ratio means a clearer, more trustworthy reading.',
  },
  {
    term: 'Perceived Stress Scale',
    field: 'methods',
    definition:
      'A short questionnaire that asks how stressed and out of control people have felt over the past month. Higher scores mean more stress.',
  },
  {
    term: 'intervention',
    aliases: ['interventions'],
    field: 'methods',
    definition:
      'In a study, the thing being tested, such as a drug, a diet or an app. One group gets it, and the results are compared with a group that does not.',
    seeAlso: ['control group'],
    context: ['study', 'studies', 'trial', 'trials', 'group', 'groups', 'participants', 'patients', 'researchers', 'control', 'found', 'effect', 'effects', 'randomised', 'randomized', 'outcome', 'outcomes', 'tested', 'improvement', 'benefit'],
  },
  {
    term: 'preliminary findings',
    aliases: ['preliminary results', 'preliminary research', 'preliminary data', 'preliminary study', 'preliminary finding'],
    field: 'methods',
    definition:
      'Early results that have not been fully checked, often from a small study or before peer review. They can change once more data come in.',
    seeAlso: ['peer review'],
  },
  {
    term: 'retention rate',
    field: 'methods',
    definition:
      'The share of people who stay in a study or programme until the end. If many drop out, the results may be skewed.',
    context: ['study', 'trial', 'participants', 'students', 'patients', 'programme', 'program', 'course', 'app'],
  },
  {
    term: 'questionnaire',
    aliases: ['questionnaires', 'survey questionnaire'],
    field: 'methods',
    definition:
      'A printed or online list of questions that people in a study answer about themselves. Answers can be honest but still wrong, as people forget or guess.',
    seeAlso: ['survey', 'self-reported'],
  },
  {
    term: 'respondent',
    aliases: ['survey respondent', 'survey respondents'],
    field: 'methods',
    definition:
      'A person who answers a survey or questionnaire. Who chose to answer can shape the results.',
    seeAlso: ['survey', 'survey response rate'],
  },
  {
    term: 'survey response rate',
    field: 'methods',
    definition:
      'The share of people asked to take part in a survey who actually answered. A low rate can mean the answers do not speak for everyone.',
    seeAlso: ['survey', 'respondent'],
  },
  {
    term: 'corresponding author',
    field: 'methods',
    definition:
      'The researcher named on a paper as the one to contact with questions about the work.',
    seeAlso: ['first author', 'senior author'],
  },
  {
    term: 'first author',
    aliases: ['lead author'],
    field: 'methods',
    definition:
      'The researcher listed first on a paper, who usually did most of the hands-on work.',
    seeAlso: ['senior author', 'corresponding author'],
  },
  {
    term: 'senior author',
    aliases: ['last author'],
    field: 'methods',
    definition:
      'The researcher, often the lab\'s leader, listed last on a paper. They usually planned and oversaw the work.',
    seeAlso: ['first author', 'principal investigator'],
  },
  {
    term: 'co-author',
    aliases: ['coauthor', 'co-authors', 'coauthors', 'co-authored', 'coauthored'],
    field: 'methods',
    definition:
      'One of the people named as writers of a research paper. Big studies can have dozens or even hundreds.',
    seeAlso: ['first author'],
  },
  {
    term: 'principal investigator',
    aliases: ['principal investigators', 'lead investigator', 'chief investigator'],
    field: 'methods',
    definition:
      'The scientist in charge of a study or a lab. They answer for how the work is done.',
    seeAlso: ['senior author'],
  },
  {
    term: 'registry',
    aliases: ['patient registry', 'disease registry', 'registry data', 'registries', 'national register'],
    field: 'methods',
    definition:
      'A large list that records every person with a condition or treatment in an area over time. Researchers mine it to find patterns in real life.',
    seeAlso: ['observational study', 'real-world evidence'],
    context: ['data', 'patients', 'study', 'researchers', 'cases', 'records', 'national', 'disease', 'cancer'],
  },
  {
    term: 'anonymised data',
    aliases: ['anonymized data', 'anonymised', 'anonymized', 'de-identified data', 'deidentified data'],
    field: 'methods',
    definition:
      'Data with names and other details removed, so no one can tell who a record belongs to. It lets researchers study health records while keeping privacy.',
    seeAlso: ['electronic health record'],
  },
  {
    term: 'raw data',
    field: 'methods',
    definition:
      'The numbers as first collected, before anyone cleans, sorts or analyses them. Sharing them lets others check a study\'s results.',
    seeAlso: ['open data'],
  },
  {
    term: 'open data',
    aliases: ['data sharing', 'shared data'],
    field: 'methods',
    definition:
      'Research data that anyone can download and check. It makes it easier to catch mistakes and to repeat a study.',
    seeAlso: ['open access', 'reproducibility'],
  },
  {
    term: 'open science',
    field: 'methods',
    definition:
      'A way of doing research in the open: sharing plans, data, code and papers for free, so others can check and build on them.',
    seeAlso: ['open data', 'open access', 'preregistration'],
  },
  {
    term: 'preregistration',
    aliases: ['pre-registration', 'preregistered', 'pre-registered', 'registered report'],
    field: 'methods',
    definition:
      'Writing down a study\'s plan in public before the data come in. Then no one can change the question after seeing the results.',
    seeAlso: ['p-hacking', 'trial registration'],
  },
  {
    term: 'replication study',
    aliases: ['replication', 'replicate', 'replicated', 'replicating', 'replications'],
    field: 'methods',
    definition:
      'A study that repeats an earlier one to see if the same result comes up. Findings that replicate are far more trustworthy.',
    seeAlso: ['reproducibility', 'replication crisis'],
    context: ['study', 'studies', 'findings', 'results', 'experiment', 'research', 'researchers', 'effect', 'science'],
  },
  {
    term: 'replication crisis',
    aliases: ['reproducibility crisis'],
    field: 'methods',
    definition:
      'Many published results do not hold up when others repeat the study. This problem was found in psychology, medicine and other fields.',
    seeAlso: ['replication study', 'p-hacking', 'publication bias'],
  },
  {
    term: 'reverse causality',
    aliases: ['reverse causation'],
    field: 'methods',
    definition:
      'When the effect is really the cause. For example, sick people may exercise less because they are sick, not get sick because they exercise less.',
    seeAlso: ['causation', 'correlation', 'confounder'],
  },
  {
    term: 'eligibility criteria',
    aliases: ['inclusion criteria', 'exclusion criteria', 'eligibility', 'eligible participants'],
    field: 'methods',
    definition:
      'The rules for who can join a study, such as age or health. They decide who the results apply to.',
    seeAlso: ['generalisability'],
    context: ['study', 'trial', 'participants', 'patients', 'criteria', 'enrol', 'enroll', 'join'],
  },
  {
    term: 'generalisability',
    aliases: ['generalisable', 'generalizable', 'generalise', 'external validity'],
    field: 'methods',
    definition:
      'How far a study\'s results carry over to other people and places. A trial in young men may not tell us much about older women.',
    seeAlso: ['eligibility criteria', 'representative sample'],
    context: ['study', 'findings', 'results', 'trial', 'sample', 'participants', 'population', 'data', 'research'],
  },
  {
    term: 'representative sample',
    aliases: ['nationally representative', 'representative of the population', 'representative sample', 'nationally-representative'],
    field: 'methods',
    definition:
      'A group of people picked so that it looks like the whole population in age, sex, income and so on. Results from it are more likely to apply to everyone.',
    seeAlso: ['generalisability', 'sampling bias'],
  },
  {
    term: 'sampling bias',
    aliases: ['self-selection bias', 'selection effect', 'self-selected'],
    field: 'methods',
    definition:
      'When the people in a study differ from the people it is meant to tell us about. For example, volunteers are often healthier than most.',
    seeAlso: ['selection bias', 'representative sample'],
  },
  {
    term: 'convenience sample',
    field: 'methods',
    definition:
      'A group of people studied because they were easy to reach, like students at one university. It may not represent anyone else.',
    seeAlso: ['representative sample'],
  },
  {
    term: 'attrition',
    aliases: ['dropout rate', 'drop-out rate', 'loss to follow-up', 'lost to follow-up', 'dropouts'],
    field: 'methods',
    definition:
      'People leaving a study before it ends. If those who leave differ from those who stay, the results can be skewed.',
    seeAlso: ['retention rate', 'follow-up'],
    context: ['study', 'trial', 'participants', 'patients', 'follow-up', 'dropped out', 'rate', 'bias'],
  },
  {
    term: 'adherence',
    aliases: ['treatment adherence', 'compliance with treatment', 'non-adherence', 'adhered', 'adhering to'],
    field: 'methods',
    definition:
      'How well people stick to a treatment, diet or exercise plan in a study. Low adherence can make a good treatment look weak.',
    seeAlso: ['intention-to-treat analysis'],
    context: ['treatment', 'medication', 'drug', 'diet', 'trial', 'study', 'participants', 'patients', 'programme', 'program', 'exercise', 'pills'],
  },
  {
    term: 'allocation concealment',
    aliases: ['concealed allocation'],
    field: 'methods',
    definition:
      'Keeping the next group in a trial hidden until a person has joined. Then no one can steer certain people into the treatment group.',
    seeAlso: ['randomisation', 'double-blind'],
  },
  {
    term: 'blinding',
    aliases: ['blinded', 'masking', 'unblinding'],
    field: 'methods',
    definition:
      'Keeping people in a study, or the researchers, from knowing who got which treatment. Then their hopes cannot sway the results.',
    seeAlso: ['double-blind', 'single-blind', 'open-label'],
    context: ['study', 'trial', 'participants', 'researchers', 'treatment', 'placebo', 'assessors', 'patients'],
  },
  {
    term: 'primary outcome',
    aliases: ['primary end point', 'primary endpoint', 'main outcome', 'primary outcomes'],
    field: 'methods',
    definition:
      'The one main result a trial was designed to measure. Other findings are less reliable, because looking at many of them makes chance hits likely.',
    seeAlso: ['secondary outcome', 'endpoint', 'multiple comparisons'],
  },
  {
    term: 'secondary outcome',
    aliases: ['secondary endpoint', 'secondary end point', 'secondary outcomes'],
    field: 'methods',
    definition:
      'An extra result a trial measures besides its main one. A win here, when the main goal failed, should be read with care.',
    seeAlso: ['primary outcome'],
  },
  {
    term: 'post hoc analysis',
    aliases: ['post-hoc analysis', 'post hoc', 'post-hoc'],
    field: 'methods',
    definition:
      'An analysis chosen after the data were in, not planned in advance. It can suggest ideas but not prove them.',
    seeAlso: ['subgroup analysis', 'p-hacking'],
  },
  {
    term: 'exploratory analysis',
    aliases: ['exploratory study', 'exploratory'],
    field: 'methods',
    definition:
      'Looking through data for patterns without a fixed question first. It points to ideas to test, but its findings can be chance.',
    seeAlso: ['post hoc analysis', 'hypothesis'],
    context: ['analysis', 'study', 'data', 'findings', 'results', 'research', 'trial'],
  },
  {
    term: 'pooled analysis',
    aliases: ['pooled data', 'pooled results'],
    field: 'methods',
    definition:
      'Putting the raw data from several studies together and looking at them as one big set. The bigger set gives firmer numbers.',
    seeAlso: ['meta-analysis'],
  },
  {
    term: 'heterogeneity',
    aliases: ['heterogeneous'],
    field: 'methods',
    definition:
      'How much the results of the studies in a review differ from each other. A lot of it means the studies may not be measuring the same thing.',
    seeAlso: ['meta-analysis', 'systematic review'],
    context: ['studies', 'study', 'meta-analysis', 'review', 'results', 'trials', 'analysis'],
  },
  {
    term: 'umbrella review',
    aliases: ['review of reviews'],
    field: 'methods',
    definition:
      'A study that sums up many systematic reviews on one topic. It gives the widest view of what the research shows.',
    seeAlso: ['systematic review', 'meta-analysis'],
  },
  {
    term: 'scoping review',
    field: 'methods',
    definition:
      'A review that maps what research exists on a topic and where the gaps are. It does not judge how strong each result is.',
    seeAlso: ['systematic review'],
  },
  {
    term: 'Cochrane review',
    aliases: ['Cochrane'],
    field: 'methods',
    definition:
      'A review of studies made by Cochrane, a global group known for strict, fair checks. It asks which treatments work and which do not.',
    seeAlso: ['systematic review', 'meta-analysis'],
  },
  {
    term: 'evidence-based medicine',
    aliases: ['evidence-based', 'evidence based medicine', 'evidence-based practice'],
    field: 'methods',
    definition:
      'Care based on the best research, along with the doctor\'s skill and what the patient wants. It is meant to replace habit and hunches.',
    seeAlso: ['systematic review', 'randomised controlled trial'],
  },
  {
    term: 'level of evidence',
    aliases: ['hierarchy of evidence', 'quality of evidence', 'certainty of evidence', 'strength of evidence', 'levels of evidence'],
    field: 'methods',
    definition:
      'A ranking of how much to trust a kind of study. Reviews of good trials rank high; single cases and expert opinion rank low.',
    seeAlso: ['randomised controlled trial', 'systematic review', 'anecdotal evidence'],
  },
  {
    term: 'GRADE',
    aliases: ['GRADE system'],
    field: 'methods',
    definition:
      'A common system that rates how sure we can be about what the studies on a question show: high, moderate, low or very low.',
    seeAlso: ['level of evidence'],
  },
  {
    term: 'anecdotal evidence',
    aliases: ['anecdotal', 'anecdotes', 'anecdotally'],
    field: 'methods',
    definition:
      'Stories from a few people about what happened to them. They can raise ideas but cannot show a treatment works, because chance and bias are not ruled out.',
    seeAlso: ['case report', 'level of evidence'],
  },
  {
    term: 'gold standard',
    aliases: ['gold-standard'],
    field: 'methods',
    definition:
      'The best method known for testing or measuring something, against which others are judged. In research it often means a randomised controlled trial.',
    seeAlso: ['randomised controlled trial'],
    context: ['test', 'trial', 'study', 'method', 'diagnosis', 'treatment', 'measure', 'evidence', 'research', 'diagnostic'],
  },
  {
    term: 'conclusive evidence',
    aliases: ['conclusive', 'inconclusive', 'inconclusive results', 'conclusively'],
    field: 'methods',
    definition:
      'Evidence strong enough to settle a question. Most single studies are not conclusive; inconclusive means the data could not tell either way.',
    seeAlso: ['level of evidence', 'null result'],
    context: ['evidence', 'study', 'studies', 'results', 'findings', 'data', 'proof', 'research', 'trial'],
  },
  {
    term: 'variable',
    aliases: ['variables'],
    field: 'methods',
    definition:
      'Anything in a study that can change or differ between people, such as age, dose or blood pressure.',
    seeAlso: ['confounder', 'independent variable'],
    context: ['study', 'researchers', 'analysis', 'data', 'model', 'measured', 'confounding', 'statistical', 'outcome'],
  },
  {
    term: 'independent variable',
    aliases: ['dependent variable', 'explanatory variable', 'outcome variable'],
    field: 'methods',
    definition:
      'In a test, the independent variable is what researchers change, like a dose. The dependent variable is what they measure to see the effect.',
    seeAlso: ['variable'],
  },
  {
    term: 'covariate',
    aliases: ['covariates'],
    field: 'methods',
    definition:
      'A factor, such as age or income, that researchers measure and take into account. That way it does not distort the link they study.',
    seeAlso: ['confounder', 'adjusted analysis'],
  },
  {
    term: 'adjusted analysis',
    aliases: ['adjusted for', 'adjusting for', 'after adjusting', 'after adjustment', 'controlled for', 'controlling for', 'statistically adjusted'],
    field: 'methods',
    definition:
      'Using statistics to take factors like age or smoking into account, so the link found is less likely due to them. It cannot remove factors no one measured.',
    seeAlso: ['confounder', 'covariate', 'residual confounding'],
  },
  {
    term: 'residual confounding',
    field: 'methods',
    definition:
      'Hidden bias that is left after researchers take the factors they measured into account. Some things were measured badly, or not at all.',
    seeAlso: ['confounder', 'adjusted analysis'],
  },
  {
    term: 'regression analysis',
    aliases: ['regression model', 'linear regression', 'logistic regression', 'multivariable analysis', 'multivariate analysis', 'regression analyses', 'Cox regression'],
    field: 'methods',
    definition:
      'A maths method that shows how one thing changes with another, while it holds other factors steady.',
    seeAlso: ['statistical model', 'adjusted analysis'],
  },
  {
    term: 'regression to the mean',
    aliases: ['regression toward the mean'],
    field: 'methods',
    definition:
      'A very high or low result is often followed by a more normal one. So people who join a study at their worst often get better anyway, treated or not.',
    seeAlso: ['control group', 'placebo effect'],
  },
  {
    term: 'Hawthorne effect',
    aliases: ['observer effect'],
    field: 'methods',
    definition:
      'People act differently when they know they are being watched in a study. This can make a treatment look better than it is.',
    seeAlso: ['control group', 'placebo effect'],
  },
  {
    term: 'survivorship bias',
    field: 'methods',
    definition:
      'Drawing conclusions only from those that made it through, and missing those that did not. Studying only long-time smokers who are still alive is an example.',
    seeAlso: ['selection bias'],
  },
  {
    term: 'healthy user bias',
    aliases: ['healthy-user bias', 'healthy user effect'],
    field: 'methods',
    definition:
      'People who take a supplement or screening test also tend to do many other healthy things. That can make the product look helpful when it is not.',
    seeAlso: ['confounder', 'observational study'],
  },
  {
    term: 'lead-time bias',
    aliases: ['lead time bias'],
    field: 'methods',
    definition:
      'Finding a disease earlier makes survival seem longer, even if the person dies at the same time. It can make screening look better than it is.',
    seeAlso: ['overdiagnosis', 'cancer screening'],
  },
  {
    term: 'observer bias',
    aliases: ['detection bias', 'assessor bias', 'ascertainment bias'],
    field: 'methods',
    definition:
      'When what researchers expect changes how they see or record results. Blinding the people who judge outcomes helps stop it.',
    seeAlso: ['blinding', 'bias'],
  },
  {
    term: 'social desirability bias',
    field: 'methods',
    definition:
      'Survey answers that lean toward what sounds good. People say they eat more greens or drink less than they really do.',
    seeAlso: ['self-reported', 'questionnaire'],
  },
  {
    term: 'missing data',
    aliases: ['imputation', 'imputed', 'multiple imputation'],
    field: 'methods',
    definition:
      'Answers or measures a study failed to collect. How researchers fill in or ignore the gaps can change the results.',
    seeAlso: ['attrition'],
  },
  {
    term: 'outlier',
    aliases: ['outliers'],
    field: 'methods',
    definition:
      'A value far from all the others in a data set. It can be a real oddity or a mistake, and it can pull averages a long way.',
    seeAlso: ['mean'],
    context: ['data', 'value', 'values', 'results', 'study', 'statistical', 'average', 'sample', 'analysis', 'measurements'],
  },
  {
    term: 'mean',
    aliases: ['arithmetic mean', 'average value'],
    field: 'methods',
    definition:
      'The usual average: add all the values and divide by how many there are. A few extreme values can pull it up or down.',
    seeAlso: ['median', 'standard deviation'],
    context: ['median', 'standard deviation', 'averaged', 'arithmetic', 'interquartile', 'SD'],
    notIn: ['mean that', 'means that', 'which means', 'this means', 'it means', 'by no means', 'not mean', 'does not mean', 'doesn\'t mean', 'would mean', 'could mean', 'may mean', 'might mean', 'will mean', 'can mean', 'mean the', 'mean it', 'mean they', 'mean we', 'mean you'],
  },
  {
    term: 'normal distribution',
    aliases: ['bell curve', 'Gaussian distribution', 'bell-shaped curve'],
    field: 'methods',
    definition:
      'A common shape of data: most values sit near the average, and fewer lie far out on each side. Drawn, it looks like a bell.',
    seeAlso: ['mean', 'standard deviation'],
  },
  {
    term: 'interquartile range',
    aliases: ['IQR'],
    field: 'methods',
    definition:
      'The spread of the middle half of the values in a data set. Unlike the full range, it ignores the most extreme values.',
    seeAlso: ['median', 'quartile'],
  },
  {
    term: 'quartile',
    aliases: ['quartiles', 'highest quartile', 'lowest quartile', 'top quartile', 'bottom quartile', 'quintile', 'quintiles', 'tertile', 'tertiles', 'decile', 'deciles'],
    field: 'methods',
    definition:
      'One of four equal groups made by sorting people by some measure, such as income or intake. Quintiles split them into five, deciles into ten.',
    seeAlso: ['percentile', 'interquartile range'],
  },
  {
    term: 'standard error',
    aliases: ['SE', 'standard errors'],
    field: 'methods',
    definition:
      'A number that shows how far a study\'s average might move if the study were done again. The smaller it is, the firmer the result.',
    seeAlso: ['confidence interval', 'standard deviation'],
    context: ['mean', 'estimate', 'confidence', 'statistical', 'data', 'deviation', 'error bars'],
  },
  {
    term: 'null hypothesis',
    field: 'methods',
    definition:
      'The starting idea in a statistics test that there is no real effect or difference. A study tries to show that its data would be unlikely if that were true.',
    seeAlso: ['p-value', 'hypothesis', 'statistical significance'],
  },
  {
    term: 'type I error',
    aliases: ['type 1 error', 'type II error', 'type 2 error'],
    field: 'methods',
    definition:
      'Two ways a test can mislead: a type I error finds an effect that is not there; a type II error misses one that is.',
    seeAlso: ['false positive', 'false negative', 'statistical power'],
  },
  {
    term: 'correlation coefficient',
    aliases: ['Pearson correlation', 'Spearman correlation', 'R-squared', 'R squared'],
    field: 'methods',
    definition:
      'A number from -1 to 1 that shows how closely two things rise and fall together. Zero means no straight-line link; it says nothing about cause.',
    seeAlso: ['correlation', 'causation'],
  },
  {
    term: 'inverse correlation',
    aliases: ['negative correlation', 'inversely correlated', 'inversely associated', 'inverse association', 'negatively correlated', 'negatively associated', 'inverse relationship'],
    field: 'methods',
    definition:
      'A link where one thing goes down as the other goes up, like more exercise and lower blood pressure. It does not prove either causes the other.',
    seeAlso: ['correlation', 'causation'],
  },
  {
    term: 'positive correlation',
    aliases: ['positively correlated', 'positively associated', 'positive association'],
    field: 'methods',
    definition:
      'A link where two things rise together, such as height and weight. It does not show that one causes the other.',
    seeAlso: ['correlation', 'inverse correlation'],
  },
  {
    term: 'absolute risk reduction',
    aliases: ['absolute risk difference', 'risk difference', 'ARR'],
    field: 'methods',
    definition:
      'How much a treatment lowers the real chance of a bad outcome, for example from 2 in 100 to 1 in 100: a cut of 1 percentage point.',
    seeAlso: ['relative risk', 'absolute risk', 'number needed to treat'],
  },
  {
    term: 'relative risk reduction',
    aliases: ['RRR'],
    field: 'methods',
    definition:
      'How much a treatment cuts risk compared with the starting risk. Going from 2 in 100 to 1 in 100 is a 50% relative cut, which sounds bigger than it is.',
    seeAlso: ['absolute risk reduction', 'relative risk'],
  },
  {
    term: 'risk ratio',
    aliases: ['rate ratio', 'incidence rate ratio', 'IRR'],
    field: 'methods',
    definition:
      'The risk in one group divided by the risk in another. A ratio of 2 means double the risk; 1 means no difference.',
    seeAlso: ['relative risk', 'odds ratio', 'hazard ratio'],
  },
  {
    term: 'percentage point',
    aliases: ['percentage points'],
    field: 'methods',
    definition:
      'The plain difference between two percentages. A rise from 10% to 15% is 5 percentage points, but a 50% rise.',
    seeAlso: ['absolute risk reduction', 'relative risk reduction'],
  },
  {
    term: 'press release',
    aliases: ['press releases', 'news release', 'news releases'],
    field: 'methods',
    definition:
      'A short text a university, company or journal sends to reporters about new work. It is meant to get news stories, and often makes findings sound bigger.',
    seeAlso: ['embargo', 'peer review'],
  },
  {
    term: 'embargo',
    aliases: ['embargoed', 'news embargo', 'press embargo', 'under embargo', 'embargo lifts'],
    field: 'methods',
    definition:
      'An agreement that reporters get a study early but may not publish until a set time. It lets them prepare, and gives the journal a big launch.',
    seeAlso: ['press release'],
    context: ['study', 'journal', 'paper', 'news', 'press', 'published', 'lifts', 'until', 'research', 'reporters'],
  },
  {
    term: 'abstract',
    aliases: ['study abstract', 'conference abstract', 'abstracts'],
    field: 'methods',
    definition:
      'The short summary at the top of a research paper. A conference abstract is often all that exists of a study, without a full peer-reviewed paper.',
    seeAlso: ['peer review', 'preprint'],
    context: ['paper', 'study', 'journal', 'conference', 'meeting', 'published', 'presented', 'research', 'summary', 'findings'],
    notIn: ['abstract thinking', 'abstract reasoning', 'abstract art', 'abstract concept', 'abstract concepts', 'in the abstract', 'abstract ideas'],
  },
  {
    term: 'scientific journal',
    aliases: ['medical journal', 'scientific journals', 'medical journals', 'academic journal', 'academic journals', 'peer-reviewed journal', 'peer-reviewed journals'],
    field: 'methods',
    definition:
      'A publication that prints research papers after other experts check them. Some journals are far stricter than others.',
    seeAlso: ['peer review', 'impact factor', 'predatory journal'],
  },
  {
    term: 'editorial',
    aliases: ['accompanying editorial', 'editorials', 'linked editorial'],
    field: 'methods',
    definition:
      'An opinion piece in a journal, often by an outside expert. It comments on a study in the same issue and weighs its strong and weak points.',
    seeAlso: ['scientific journal', 'peer review'],
    context: ['journal', 'study', 'wrote', 'written', 'accompanying', 'published', 'issue', 'authors', 'experts', 'commentary'],
  },
  {
    term: 'predatory journal',
    aliases: ['predatory journals', 'predatory publisher', 'predatory publishers', 'predatory publishing'],
    field: 'methods',
    definition:
      'A journal that charges authors to publish but skips real peer review. Papers in it may never have been checked.',
    seeAlso: ['peer review', 'scientific journal'],
  },
  {
    term: 'paper mill',
    aliases: ['paper mills'],
    field: 'methods',
    definition:
      'A business that sells fake or poor research papers. It also sells places on the list of authors to people who need to publish.',
    seeAlso: ['retraction', 'research misconduct'],
  },
  {
    term: 'research misconduct',
    aliases: ['scientific misconduct', 'scientific fraud', 'research fraud', 'data fabrication', 'fabricated data', 'falsification', 'falsified data'],
    field: 'methods',
    definition:
      'Cheating in research: making up data, changing results or copying others\' work. It is rare but can lead to papers being pulled.',
    seeAlso: ['retraction', 'paper mill'],
  },
  {
    term: 'image manipulation',
    aliases: ['manipulated images', 'doctored images', 'image duplication', 'duplicated images'],
    field: 'methods',
    definition:
      'Changing pictures in a research paper, such as photos of cells or gels, so they show something they should not. Sleuths check papers for it.',
    seeAlso: ['research misconduct', 'retraction'],
  },
  {
    term: 'correction',
    aliases: ['erratum', 'errata', 'corrigendum', 'published a correction', 'issued a correction'],
    field: 'methods',
    definition:
      'A note a journal prints to fix a mistake in a paper that does not change its main findings. Bigger problems lead to a retraction.',
    seeAlso: ['retraction', 'expression of concern'],
    context: ['journal', 'paper', 'study', 'published', 'issued', 'error', 'authors', 'retraction', 'article'],
    notIn: ['course correction', 'vision correction', 'error correction', 'market correction'],
  },
  {
    term: 'expression of concern',
    aliases: ['expressions of concern', 'editorial expression of concern'],
    field: 'methods',
    definition:
      'A warning a journal attaches to a paper while questions about its data are checked. It may end in a retraction.',
    seeAlso: ['retraction', 'correction'],
  },
  {
    term: 'supplementary material',
    aliases: ['supplementary materials', 'supplementary information', 'supplementary data', 'supplementary files', 'supplementary appendix', 'supplemental material', 'supplementary tables'],
    field: 'methods',
    definition:
      'Extra tables, methods and data published online with a paper. Key details and odd results sometimes hide here.',
    seeAlso: ['peer review'],
  },
  {
    term: 'research funding',
    aliases: ['funder', 'funders', 'funding body', 'funding bodies', 'research grant', 'research grants', 'grant funding', 'industry-funded', 'funded by'],
    field: 'methods',
    definition:
      'Money that pays for a study, from governments, charities or companies. Who paid should be stated, as it can sway what is studied and how results are shown.',
    seeAlso: ['conflict of interest'],
  },
  {
    term: 'honorarium',
    aliases: ['honoraria', 'honorariums', 'speaker fees', 'consultancy payments', 'consulting fees', 'consultancy fees', 'financial ties', 'paid consultant'],
    field: 'methods',
    definition:
      'Money a company pays a doctor or scientist for talks or advice. Journals ask authors to declare it, as it can be a conflict of interest.',
    seeAlso: ['conflict of interest', 'research funding'],
  },
  {
    term: 'healthy volunteer',
    aliases: ['healthy volunteers', 'healthy participants', 'healthy adults', 'healthy subjects'],
    field: 'methods',
    definition:
      'A person without the disease being studied who joins a trial. Early trials use them to check that a drug is safe and how the body handles it.',
    seeAlso: ['phase 1 trial', 'clinical trial'],
  },
  {
    term: 'dose-finding study',
    aliases: ['dose-finding', 'dose-ranging study', 'dose ranging'],
    field: 'methods',
    definition:
      'An early trial that tries higher and higher doses in small groups of people. It looks for the dose that works best with side effects people can bear.',
    seeAlso: ['phase 1 trial', 'phase 2 trial'],
  },
  {
    term: 'active comparator',
    aliases: ['active control', 'active comparators', 'comparator drug', 'comparator arm'],
    field: 'methods',
    definition:
      'An existing treatment a new one is tested against, instead of a placebo. It shows if the new one is better than what people already get.',
    seeAlso: ['control group', 'head-to-head trial'],
  },
  {
    term: 'head-to-head trial',
    aliases: ['head-to-head', 'head-to-head study', 'head-to-head comparison', 'comparative effectiveness'],
    field: 'methods',
    definition:
      'A study that tests two real treatments against each other, not each one against a placebo.',
    seeAlso: ['active comparator', 'randomised controlled trial'],
  },
  {
    term: 'adaptive trial',
    aliases: ['adaptive trials', 'adaptive design', 'adaptive platform trial'],
    field: 'methods',
    definition:
      'A trial whose plan lets it change as results come in, such as dropping a treatment that fails, by rules set in advance.',
    seeAlso: ['platform trial', 'interim analysis'],
  },
  {
    term: 'platform trial',
    aliases: ['platform trials', 'master protocol', 'basket trial', 'umbrella trial', 'basket trials', 'umbrella trials'],
    field: 'methods',
    definition:
      'One large, ongoing trial that tests many treatments at once against a shared control group, adding and dropping them over time. RECOVERY, for COVID, was one.',
    seeAlso: ['adaptive trial', 'randomised controlled trial'],
  },
  {
    term: 'cluster randomised trial',
    aliases: ['cluster randomized trial', 'cluster-randomised trial', 'cluster-randomized trial', 'cluster randomised', 'cluster randomized', 'cluster trial'],
    field: 'methods',
    definition:
      'A trial that puts whole groups, such as schools, villages or clinics, into each arm. Single people are not assigned on their own.',
    seeAlso: ['randomised controlled trial', 'randomisation'],
  },
  {
    term: 'pragmatic trial',
    aliases: ['pragmatic trials', 'pragmatic clinical trial', 'pragmatic randomised trial'],
    field: 'methods',
    definition:
      'A trial run in everyday clinics with ordinary patients. It asks if a treatment works in real life, not just in ideal conditions.',
    seeAlso: ['randomised controlled trial', 'real-world evidence'],
  },
  {
    term: 'run-in period',
    aliases: ['run-in', 'run in period', 'lead-in period'],
    field: 'methods',
    definition:
      'A short phase before a trial proper, used to check that people can stick to the plan. Those who cannot are dropped, which can flatter the results.',
    seeAlso: ['adherence'],
  },
  {
    term: 'washout period',
    aliases: ['washout', 'wash-out period'],
    field: 'methods',
    definition:
      'A break between treatments in a study, so the effect of the first one wears off before the next begins.',
    seeAlso: ['crossover trial'],
    context: ['period', 'trial', 'study', 'treatment', 'crossover', 'drug', 'weeks', 'days'],
  },
  {
    term: 'stratification',
    aliases: ['stratified', 'stratified analysis', 'stratified by', 'stratified randomisation', 'stratify'],
    field: 'methods',
    definition:
      'Splitting people into groups by a feature, such as age or sex, before they are compared or assigned. This keeps the groups alike.',
    seeAlso: ['randomisation', 'subgroup analysis'],
    context: ['analysis', 'randomisation', 'randomization', 'age', 'sex', 'risk', 'groups', 'trial', 'study', 'participants', 'patients'],
  },
  {
    term: 'quasi-experiment',
    aliases: ['quasi-experimental', 'quasi-experimental study', 'quasi experimental'],
    field: 'methods',
    definition:
      'A study that compares groups that were not put together by chance, such as a town with a new rule and one without. It is weaker than a randomised trial.',
    seeAlso: ['natural experiment', 'randomised controlled trial'],
  },
  {
    term: 'difference-in-differences',
    aliases: ['difference in differences', 'diff-in-diff'],
    field: 'methods',
    definition:
      'A method that looks at how much a measure changed in a group that got a new policy. It compares that with the change in a group that did not.',
    seeAlso: ['natural experiment', 'quasi-experiment'],
  },
  {
    term: 'instrumental variable',
    aliases: ['instrumental variables', 'instrumental variable analysis'],
    field: 'methods',
    definition:
      'A statistics trick for data from everyday life. It uses a factor that sways the exposure but not the outcome, to get closer to cause and effect.',
    seeAlso: ['Mendelian randomisation', 'confounder'],
  },
  {
    term: 'propensity score',
    aliases: ['propensity score matching', 'propensity scores', 'propensity-matched', 'propensity matching', 'matched cohort'],
    field: 'methods',
    definition:
      'A method to compare like with like in observational data: each treated person is paired with an untreated person who was just as likely to get treated.',
    seeAlso: ['observational study', 'confounder'],
  },
  {
    term: 'modelling study',
    aliases: ['modeling study', 'modelling studies', 'modeling studies', 'model-based study', 'projection model'],
    field: 'methods',
    definition:
      'A study that uses maths and computer models, fed with data and assumptions, to estimate what might happen. Results depend on the assumptions.',
    seeAlso: ['statistical model', 'computer simulation'],
  },
  {
    term: 'ecological study',
    aliases: ['ecological studies', 'ecological fallacy', 'population-level study'],
    field: 'methods',
    definition:
      'A study comparing whole groups, like countries, not people. A link seen between countries may not hold for the people in them.',
    seeAlso: ['observational study', 'confounder'],
  },
  {
    term: 'case series',
    aliases: ['case studies', 'case study'],
    field: 'methods',
    definition:
      'A report on a small group of patients with the same condition or treatment, without a comparison group. It can raise ideas but not test them.',
    seeAlso: ['case report', 'anecdotal evidence'],
  },
  {
    term: 'nested case-control study',
    aliases: ['nested case-control'],
    field: 'methods',
    definition:
      'A case-control study done inside a larger cohort: people who got a disease are compared with matched people from the same cohort who did not.',
    seeAlso: ['case-control study', 'cohort study'],
  },
  {
    term: 'twin study',
    aliases: ['twin studies', 'twin registry', 'twins study'],
    field: 'methods',
    definition:
      'A study that compares identical twins, who share all their genes, with other twins, who share about half. It shows how much genes matter.',
    seeAlso: ['heritability', 'genetic susceptibility'],
  },
  {
    term: 'sibling comparison',
    aliases: ['sibling analysis', 'sibling study', 'sibling design', 'sibling-comparison'],
    field: 'methods',
    definition:
      'A study that compares brothers and sisters. They share much of their home life and genes, so those can be ruled out as the cause of a link.',
    seeAlso: ['confounder', 'twin study'],
  },
  {
    term: 'birth cohort',
    aliases: ['birth cohorts', 'birth cohort study', 'children of the 90s'],
    field: 'methods',
    definition:
      'A group of people born in the same place and time who are followed as they grow up, sometimes for decades.',
    seeAlso: ['cohort study', 'longitudinal study'],
  },
  {
    term: 'data linkage',
    aliases: ['linked data', 'record linkage', 'linked records', 'linked health records'],
    field: 'methods',
    definition:
      'Joining records about the same people from different places, such as hospital, school and tax files. It lets researchers study whole lives.',
    seeAlso: ['electronic health record', 'registry'],
  },
  {
    term: 'administrative data',
    aliases: ['claims data', 'insurance claims data', 'routinely collected data', 'routine data'],
    field: 'methods',
    definition:
      'Records kept for running health care or paying for it, not for research. They cover many people but can miss details.',
    seeAlso: ['electronic health record', 'real-world evidence'],
  },
  {
    term: 'person-years',
    aliases: ['person years', 'patient-years', 'person-year'],
    field: 'methods',
    definition:
      'A way to count follow-up time: one person followed for ten years counts as ten person-years. It lets studies compare rates fairly.',
    seeAlso: ['incidence', 'follow-up'],
  },
  {
    term: 'cumulative incidence',
    aliases: ['cumulative risk'],
    field: 'methods',
    definition:
      'The share of people who get a disease over a set time, such as 10 years.',
    seeAlso: ['incidence', 'absolute risk'],
  },
  {
    term: 'excess deaths',
    aliases: ['excess mortality', 'excess death'],
    field: 'methods',
    definition:
      'How many more people died in a period than would normally be expected. It is used to judge the full toll of a pandemic or heatwave.',
    seeAlso: ['mortality'],
  },
  {
    term: 'years of life lost',
    aliases: ['YLL', 'life-years lost', 'years of life', 'life years gained', 'life-years'],
    field: 'methods',
    definition:
      'How many years people die before they would have been expected to, added up. It gives more weight to deaths at young ages.',
    seeAlso: ['excess deaths', 'life expectancy'],
  },
  {
    term: 'disability-adjusted life year',
    aliases: ['DALY', 'DALYs', 'disability-adjusted life years'],
    field: 'methods',
    definition:
      'A measure of the burden of disease: one DALY is one year of healthy life lost, to early death or to living with illness.',
    seeAlso: ['years of life lost', 'quality-adjusted life year'],
  },
  {
    term: 'quality-adjusted life year',
    aliases: ['QALYs', 'quality-adjusted life years'],
    field: 'methods',
    definition:
      'A measure that counts both how long and how well people live. One QALY is one year in full health. Health bodies use it to judge value for money.',
    seeAlso: ['cost-effectiveness', 'quality of life'],
  },
  {
    term: 'number needed to harm',
    aliases: ['NNH'],
    field: 'methods',
    definition:
      'How many people would need to take a treatment for one of them to suffer a certain harm. The bigger the number, the rarer the harm.',
    seeAlso: ['number needed to treat', 'side effect'],
  },
  {
    term: 'lifetime risk',
    aliases: ['lifetime risks', 'risk over a lifetime'],
    field: 'methods',
    definition:
      'The chance that a person gets a disease at some point in their life. For example, about 1 in 8 women gets breast cancer.',
    seeAlso: ['absolute risk'],
  },
  {
    term: 'survival curve',
    aliases: ['Kaplan-Meier curve', 'Kaplan-Meier', 'survival curves', 'survival analysis', 'time-to-event analysis'],
    field: 'methods',
    definition:
      'A graph that shows the share of people still alive, or still free of a disease, as time passes. Curves for two groups are compared.',
    seeAlso: ['hazard ratio', 'follow-up'],
  },
  {
    term: 'composite endpoint',
    aliases: ['composite outcome', 'composite end point', 'composite endpoints', 'composite outcomes'],
    field: 'methods',
    definition:
      'A trial result that counts several events together, such as heart attack, stroke or death. A win may come from the least serious part.',
    seeAlso: ['endpoint', 'primary outcome'],
  },
  {
    term: 'patient-reported outcome',
    aliases: ['patient-reported outcomes', 'PROs', 'PROMs', 'patient-reported outcome measures'],
    field: 'methods',
    definition:
      'A result told by the patient, such as pain, mood or daily function, rather than measured by a test.',
    seeAlso: ['quality of life', 'self-reported'],
  },
  {
    term: 'validated questionnaire',
    aliases: ['validated scale', 'validated tool', 'validated measure', 'validated instrument', 'validation study', 'validated'],
    field: 'methods',
    definition:
      'A questionnaire that has been tested to show it really measures what it claims to. It also gives much the same answers when repeated.',
    seeAlso: ['questionnaire', 'reliability'],
    context: ['questionnaire', 'scale', 'tool', 'measure', 'instrument', 'test', 'study', 'survey', 'score'],
  },
  {
    term: 'Likert scale',
    aliases: ['Likert', 'rating scale', 'rating scales'],
    field: 'methods',
    definition:
      'A survey question where people rate how much they agree with a claim. The scale often runs from 1 to 5.',
    seeAlso: ['questionnaire', 'survey'],
  },
  {
    term: 'focus group',
    aliases: ['focus groups'],
    field: 'methods',
    definition:
      'A guided group talk with a few people about a topic, used in research to learn what people think and why.',
    seeAlso: ['qualitative research'],
  },
  {
    term: 'semi-structured interview',
    aliases: ['semi-structured interviews', 'in-depth interviews', 'in-depth interview', 'qualitative interviews'],
    field: 'methods',
    definition:
      'A research interview with set topics and open questions. People can answer in their own words.',
    seeAlso: ['qualitative research', 'focus group'],
  },
  {
    term: 'thematic analysis',
    field: 'methods',
    definition:
      'A way to study what people said in interviews. Researchers look for ideas, or themes, that come up again and again.',
    seeAlso: ['qualitative research'],
  },
  {
    term: 'mixed methods',
    aliases: ['mixed-methods', 'mixed methods study'],
    field: 'methods',
    definition:
      'Research that uses both numbers, such as surveys, and words, such as interviews, to get a fuller picture.',
    seeAlso: ['qualitative research', 'quantitative research'],
  },
  {
    term: 'quantitative research',
    aliases: ['quantitative study', 'quantitative data', 'quantitative'],
    field: 'methods',
    definition:
      'Research that measures things in numbers, such as counts, scores or rates, and analyses them with statistics.',
    seeAlso: ['qualitative research', 'mixed methods'],
    context: ['research', 'study', 'data', 'analysis', 'methods', 'qualitative', 'measure', 'survey'],
  },
  {
    term: 'ecological momentary assessment',
    aliases: ['experience sampling'],
    field: 'methods',
    definition:
      'Asking people in a study how they feel or what they are doing several times a day, often by phone app. It does not rely on memory.',
    seeAlso: ['self-reported', 'recall bias'],
  },
  {
    term: 'exposure',
    aliases: ['exposures', 'exposed group', 'exposed to'],
    field: 'methods',
    definition:
      'In a study, anything people come into contact with that might affect their health. It could be a chemical, a drug, a diet or a habit.',
    seeAlso: ['risk factor', 'dose-response relationship'],
    context: ['study', 'risk', 'researchers', 'association', 'outcome', 'cohort', 'participants', 'effect', 'chemical', 'chemicals', 'pollution', 'levels'],
  },
  {
    term: 'proxy measure',
    aliases: ['proxy', 'proxies', 'proxy marker', 'proxy measures', 'stand-in measure'],
    field: 'methods',
    definition:
      'Something easy to measure that stands in for something hard to measure, such as postcode for income. It can be a rough fit.',
    seeAlso: ['surrogate endpoint'],
    context: ['measure', 'measures', 'study', 'researchers', 'data', 'used', 'marker', 'estimate', 'indicator'],
  },
  {
    term: 'cut-off',
    aliases: ['cut-off point', 'cutoff', 'cutoff point', 'threshold value', 'cut-offs', 'cut-off value'],
    field: 'methods',
    definition:
      'A line drawn on a scale, such as a test score, above which a result counts as high or abnormal. Where it is drawn changes how many people are counted.',
    seeAlso: ['false positive', 'sensitivity'],
    context: ['score', 'test', 'level', 'levels', 'value', 'diagnosis', 'threshold', 'above', 'below', 'scale'],
  },
  {
    term: 'non-significant',
    aliases: ['not statistically significant', 'nonsignificant', 'non-significant result', 'did not reach significance', 'not significant'],
    field: 'methods',
    definition:
      'A result that could easily be due to chance, by a study\'s test. It does not prove there is no effect; the study may have been too small.',
    seeAlso: ['statistical significance', 'statistical power'],
  },
  {
    term: 'marginally significant',
    aliases: ['trend towards significance', 'borderline significant', 'approached significance', 'a trend towards'],
    field: 'methods',
    definition:
      'A result just short of the usual cut-off for statistical significance. It hints at an effect but should not be read as proof.',
    seeAlso: ['statistical significance', 'p-value'],
  },
  {
    term: 'false discovery rate',
    aliases: ['FDR'],
    field: 'methods',
    definition:
      'The share of findings called significant that are likely to be flukes. Studies that test many things at once try to keep it low.',
    seeAlso: ['multiple comparisons', 'false positive'],
  },
  {
    term: 'power calculation',
    aliases: ['sample size calculation', 'adequately powered', 'power analysis'],
    field: 'methods',
    definition:
      'Working out before a study how many people it needs to have a fair chance of finding an effect of a given size. Underpowered studies often miss real effects.',
    seeAlso: ['statistical power', 'sample size'],
  },
  {
    term: 'minimal clinically important difference',
    aliases: ['MCID', 'minimal important difference', 'minimum clinically important difference'],
    field: 'methods',
    definition:
      'The smallest change in a score that patients would notice as meaningful. A statistically significant change can still be below it.',
    seeAlso: ['clinically significant', 'effect size'],
  },
  {
    term: 'random error',
    aliases: ['chance variation', 'play of chance', 'noise in the data', 'statistical noise'],
    field: 'methods',
    definition:
      'Differences in results that come from chance alone. Larger studies have less of it.',
    seeAlso: ['sample size', 'confidence interval', 'bias'],
  },
  {
    term: 'validity',
    aliases: ['internal validity', 'construct validity', 'valid measure', 'face validity'],
    field: 'methods',
    definition:
      'How well a study or test measures what it claims to measure, and how far its conclusions can be trusted.',
    seeAlso: ['reliability', 'bias'],
    context: ['study', 'test', 'measure', 'research', 'results', 'findings', 'questionnaire', 'internal', 'external', 'scale'],
  },
  {
    term: 'reliability',
    aliases: ['test-retest reliability', 'inter-rater reliability', 'reliable measure', 'repeatability'],
    field: 'methods',
    definition:
      'How steady a measure is: whether it gives the same answer when repeated, or when different people use it.',
    seeAlso: ['validity', 'reproducibility'],
    context: ['test', 'measure', 'measures', 'scale', 'questionnaire', 'scores', 'raters', 'study', 'tool', 'data'],
  },
  {
    term: 'area under the curve',
    aliases: ['AUC', 'area under the receiver operating characteristic curve', 'ROC curve', 'AUROC', 'C-statistic'],
    field: 'methods',
    definition:
      'A score from 0.5 to 1 of how well a test or model tells two groups apart. 0.5 is no better than a coin toss; 1 is perfect.',
    seeAlso: ['sensitivity', 'specificity', 'false positive'],
  },
  {
    term: 'positive predictive value',
    aliases: ['PPV', 'negative predictive value', 'NPV', 'predictive value'],
    field: 'methods',
    definition:
      'The chance that a person who tests positive really has the condition. It falls when the condition is rare, even for a good test.',
    seeAlso: ['false positive', 'sensitivity', 'specificity'],
  },
  {
    term: 'diagnostic accuracy',
    aliases: ['diagnostic test accuracy', 'accuracy of the test', 'test accuracy'],
    field: 'methods',
    definition:
      'How well a test finds the people who have a condition, and rules out those who do not. It is often given as sensitivity and specificity.',
    seeAlso: ['sensitivity', 'specificity'],
  },
  {
    term: 'western blot',
    aliases: ['Western blotting', 'western blots', 'immunoblot'],
    field: 'methods',
    definition:
      'A lab test that sorts proteins by size in a gel. Then antibodies show if a certain protein is there, and how much of it.',
    seeAlso: ['protein', 'antibody'],
  },
  {
    term: 'immunohistochemistry',
    aliases: ['IHC', 'immunostaining', 'immunohistochemical', 'immunofluorescence'],
    field: 'methods',
    definition:
      'Staining thin slices of tissue with antibodies that carry a dye. It shows where a protein sits, under the microscope.',
    seeAlso: ['antibody', 'pathology', 'fluorescence microscopy'],
  },
  {
    term: 'fluorescence microscopy',
    aliases: ['fluorescence microscope', 'confocal microscopy', 'confocal microscope', 'two-photon microscopy', 'super-resolution microscopy', 'light microscopy', 'light microscope'],
    field: 'methods',
    definition:
      'Microscopes that use glowing dyes or proteins to light up parts of cells. Some newer ones can see details smaller than light\'s usual limit.',
    seeAlso: ['immunohistochemistry', 'cell culture'],
  },
  {
    term: 'qPCR',
    aliases: ['quantitative PCR', 'real-time PCR', 'RT-qPCR', 'RT-PCR'],
    field: 'methods',
    definition:
      'A lab test that copies a piece of DNA or RNA many times over. That way it can find it, and measure how much there was at the start.',
    seeAlso: ['PCR test', 'gene expression'],
  },
  {
    term: 'cell culture',
    aliases: ['cell cultures', 'cultured cells', 'tissue culture', 'grown in culture', 'cells in a dish', 'cell cultures'],
    field: 'methods',
    definition:
      'Growing cells outside the body in dishes of nutrient liquid. Results in cell culture often do not hold up in whole animals or people.',
    seeAlso: ['in vitro', 'cell line'],
  },
  {
    term: 'animal welfare',
    aliases: ['3Rs', 'Three Rs', 'humane endpoints', 'animal testing rules'],
    field: 'methods',
    definition:
      'Care for the wellbeing of animals. In research it means rules to replace, reduce and refine animal use, known as the 3Rs.',
    seeAlso: ['animal model'],
  },
  {
    term: 'preprint server',
    aliases: ['medRxiv', 'bioRxiv', 'arXiv', 'preprint servers', 'Research Square', 'SSRN'],
    field: 'methods',
    definition:
      'A website where researchers post papers before peer review, free for anyone to read. medRxiv is for health, bioRxiv for biology and arXiv for physics and maths.',
    seeAlso: ['preprint', 'peer review'],
  },
  {
    term: 'scientific consensus',
    aliases: ['consensus', 'expert consensus', 'consensus statement', 'consensus view', 'broad consensus'],
    field: 'methods',
    definition:
      'The shared view of most experts in a field, based on the weight of the evidence, not on any single study.',
    seeAlso: ['systematic review', 'level of evidence'],
    context: ['scientific', 'scientists', 'experts', 'evidence', 'research', 'statement', 'climate', 'medical', 'field', 'studies'],
  },
  {
    term: 'Delphi method',
    aliases: ['Delphi study', 'Delphi survey', 'Delphi process', 'Delphi panel'],
    field: 'methods',
    definition:
      'A way to reach expert agreement. Experts answer questions in rounds, see each other\'s answers, and revise them.',
    seeAlso: ['scientific consensus', 'expert opinion'],
  },
  {
    term: 'expert opinion',
    aliases: ['expert opinions', 'expert view', 'expert views', 'expert reaction'],
    field: 'methods',
    definition:
      'What a specialist thinks about a question. It is useful, but it ranks low as evidence because it can reflect one person\'s bias.',
    seeAlso: ['level of evidence', 'scientific consensus'],
  },
  {
    term: 'grey literature',
    aliases: ['gray literature'],
    field: 'methods',
    definition:
      'Reports, theses and other work not published in journals, such as by governments or charities. Good reviews search it to avoid missing results.',
    seeAlso: ['systematic review', 'publication bias'],
  },
  {
    term: 'post-publication peer review',
    aliases: ['PubPeer', 'post-publication review', 'open peer review'],
    field: 'methods',
    definition:
      'Checks on a paper by other scientists after it is out. On sites like PubPeer, they point out flaws and errors in public.',
    seeAlso: ['peer review', 'retraction'],
  },
  {
    term: 'citation',
    aliases: ['citations', 'cited', 'citation count', 'citation counts', 'h-index', 'highly cited'],
    field: 'methods',
    definition:
      'A mention of one paper in another. Counting citations is used to judge a paper\'s or a scientist\'s influence, though it is a rough guide.',
    seeAlso: ['impact factor', 'scientific journal'],
    context: ['paper', 'papers', 'study', 'studies', 'journal', 'journals', 'researchers', 'scientists', 'research', 'published', 'academic'],
  },
  {
    term: 'paywall',
    aliases: ['paywalled', 'behind a paywall', 'article processing charge', 'article processing charges', 'APC', 'APCs'],
    field: 'methods',
    definition:
      'A barrier that lets only paying readers see a paper. In open access, authors often pay a fee instead so everyone can read it.',
    seeAlso: ['open access', 'scientific journal'],
  },
  {
    term: 'diagnostic test',
    aliases: ['diagnostic tests', 'diagnostic tool', 'diagnostic tools', 'screening tool'],
    field: 'methods',
    definition:
      'A test used to find out whether a person has a condition. A screening test looks for it in people without symptoms, and positive results need checking.',
    seeAlso: ['sensitivity', 'specificity', 'false positive'],
  },
  {
    term: 'risk prediction model',
    aliases: ['risk model', 'risk calculator', 'risk prediction', 'risk prediction tool'],
    field: 'methods',
    definition:
      'A formula that works out a person\'s chance of something, such as a heart attack. It uses facts like their age and blood pressure.',
    seeAlso: ['statistical model', 'area under the curve'],
  },
  {
    term: 'matched controls',
    aliases: ['matched control', 'age-matched', 'sex-matched', 'matched controls', 'healthy controls', 'healthy control', 'matched comparison group'],
    field: 'methods',
    definition:
      'People without the condition being studied, picked to be like the patients in age, sex or other ways. Then the two groups can be fairly compared.',
    seeAlso: ['control group', 'case-control study'],
  },
  {
    term: 'probability',
    aliases: ['probabilities', 'likelihood', 'probable'],
    field: 'methods',
    definition:
      'How likely something is to happen. It runs from 0, never, to 1, certain, and is often given as a percentage.',
    seeAlso: ['absolute risk', 'p-value'],
    context: ['chance', 'risk', 'statistical', 'statistics', 'estimate', 'percent', 'per cent', 'model', 'outcome', 'event', 'odds'],
  },
  {
    term: 'uncertainty',
    aliases: ['uncertainties', 'uncertainty range', 'degree of uncertainty', 'error bars', 'error bar'],
    field: 'methods',
    definition:
      'How unsure a result is. Good studies show it as a range, such as error bars or a confidence interval, not just one number.',
    seeAlso: ['confidence interval', 'margin of error'],
    context: ['estimate', 'estimates', 'range', 'data', 'results', 'model', 'models', 'statistical', 'measurement', 'figures', 'projections'],
  },
  {
    term: 'credible interval',
    aliases: ['credible intervals', 'Bayesian credible interval'],
    field: 'methods',
    definition:
      'In Bayesian statistics, the range that likely holds the true value, such as a 95% chance. It is like a confidence interval.',
    seeAlso: ['Bayesian statistics', 'confidence interval'],
  },
  {
    term: 'base rate',
    aliases: ['base rates', 'base rate fallacy', 'base-rate neglect', 'prior probability'],
    field: 'methods',
    definition:
      'How common something is to start with. Ignoring it makes rare events, or positive tests for rare diseases, seem more likely than they are.',
    seeAlso: ['positive predictive value', 'absolute risk'],
    context: ['rate', 'rates', 'test', 'probability', 'rare', 'common', 'risk', 'fallacy', 'population'],
  },
  {
    term: 'Simpson\'s paradox',
    field: 'methods',
    definition:
      'When a trend seen in several groups flips or disappears once the groups are lumped together. It shows why hidden factors matter.',
    seeAlso: ['confounder'],
  },
  {
    term: 'collider bias',
    aliases: ['collider stratification bias', 'index event bias'],
    field: 'methods',
    definition:
      'A false link that appears when a study only looks at people picked on something both factors affect. Studying only hospital patients can do this.',
    seeAlso: ['selection bias', 'confounder'],
  },
  {
    term: 'immortal time bias',
    field: 'methods',
    definition:
      'A mistake in timing: people counted as treated from the start had to survive long enough to get treated, which makes treatment look better.',
    seeAlso: ['observational study', 'bias'],
  },
  {
    term: 'confounding by indication',
    aliases: ['indication bias', 'channelling bias', 'channeling bias'],
    field: 'methods',
    definition:
      'When a treatment seems linked to a bad outcome only because the sickest people are the ones who get it.',
    seeAlso: ['confounder', 'observational study'],
  },
  {
    term: 'reverse epidemiology',
    aliases: ['obesity paradox', 'obesity survival paradox'],
    field: 'methods',
    definition:
      'A finding that seems upside down, such as overweight heart patients living longer. It often comes from hidden biases, like illness causing weight loss.',
    seeAlso: ['reverse causality', 'confounder'],
  },
  {
    term: 'J-shaped curve',
    aliases: ['J-shaped', 'U-shaped', 'U-shaped curve', 'J-curve', 'U-curve', 'J-shaped relationship', 'U-shaped relationship', 'U-shaped association'],
    field: 'methods',
    definition:
      'A pattern where risk is high at both low and high levels of something, and lowest in between. It has been claimed for alcohol and for sleep.',
    seeAlso: ['dose-response relationship'],
  },
  {
    term: 'ceiling effect',
    aliases: ['ceiling effects', 'floor effect', 'floor effects'],
    field: 'methods',
    definition:
      'When a test is too easy, so many people hit the top score (ceiling), or too hard, so many hit the bottom (floor). It hides real differences.',
    seeAlso: ['validity'],
  },
  {
    term: 'effect modification',
    aliases: ['effect modifier', 'effect modifiers', 'interaction effect', 'interaction effects', 'moderated by', 'moderation analysis'],
    field: 'methods',
    definition:
      'When the size of an effect changes depending on a third factor, such as a drug that works in men but not women.',
    seeAlso: ['subgroup analysis', 'confounder'],
  },
  {
    term: 'mediation analysis',
    aliases: ['mediator', 'mediators', 'mediated', 'mediating', 'mediates', 'mediated by'],
    field: 'methods',
    definition:
      'A statistics method that asks how much of a link goes through a middle step. For example, exercise may cut weight, which then lowers blood pressure.',
    seeAlso: ['confounder', 'regression analysis'],
    context: ['analysis', 'effect', 'association', 'link', 'relationship', 'statistical', 'partly', 'factor', 'factors', 'outcome', 'risk'],
  },
  {
    term: 'structural equation modelling',
    aliases: ['structural equation modeling', 'SEM', 'path analysis'],
    field: 'methods',
    definition:
      'A statistics method that tests a map of how many factors link up at once. It can include things that cannot be measured directly.',
    seeAlso: ['regression analysis', 'mediation analysis'],
  },
  {
    term: 'cluster analysis',
    aliases: ['clustering', 'latent class analysis', 'latent classes', 'clusters of patients'],
    field: 'methods',
    definition:
      'Methods that sort people or things into groups with similar patterns. The groups are not chosen in advance.',
    seeAlso: ['machine learning', 'statistical model'],
    context: ['analysis', 'patients', 'data', 'groups', 'subtypes', 'clusters', 'participants', 'statistical', 'algorithm', 'identified'],
  },
  {
    term: 'principal component analysis',
    aliases: ['PCA', 'principal components', 'factor analysis'],
    field: 'methods',
    definition:
      'A method that boils many measures down to a few scores. These few scores hold most of the differences between people or samples.',
    seeAlso: ['statistical model', 'cluster analysis'],
  },
  {
    term: 'trajectory analysis',
    aliases: ['trajectories', 'trajectory', 'growth curve', 'growth curves', 'group-based trajectory'],
    field: 'methods',
    definition:
      'A method that groups people by how a measure, such as weight or mood, changes over time, to spot different paths.',
    seeAlso: ['longitudinal study', 'cluster analysis'],
    context: ['analysis', 'study', 'children', 'over time', 'weight', 'symptoms', 'patterns', 'group', 'groups', 'years', 'followed', 'development'],
  },
  {
    term: 'time series',
    aliases: ['time-series', 'interrupted time series', 'time series analysis'],
    field: 'methods',
    definition:
      'Data measured again and again over time, such as weekly cases. Interrupted time series checks if a trend changed after an event, like a new law.',
    seeAlso: ['natural experiment', 'quasi-experiment'],
  },
  {
    term: 'seasonality',
    aliases: ['seasonal variation', 'seasonal pattern', 'seasonal patterns', 'seasonal trends'],
    field: 'methods',
    definition:
      'A pattern that repeats each year with the seasons, such as more flu in winter. Studies must allow for it before claiming a change.',
    seeAlso: ['time series', 'confounder'],
  },
  {
    term: 'nowcasting',
    aliases: ['nowcast', 'nowcasts'],
    field: 'methods',
    definition:
      'Working out what is going on right now, such as how many people have a virus today. It uses early and patchy data.',
    seeAlso: ['modelling study', 'time series'],
  },
  {
    term: 'projection',
    aliases: ['projections', 'projected', 'projected to'],
    field: 'methods',
    definition:
      'An estimate of what may happen in future if current trends or set assumptions hold. It is not a firm forecast.',
    seeAlso: ['modelling study', 'uncertainty'],
    context: ['model', 'models', 'estimate', 'estimates', 'future', 'by 2030', 'by 2050', 'trends', 'scenario', 'scenarios', 'population', 'researchers'],
  },
];
