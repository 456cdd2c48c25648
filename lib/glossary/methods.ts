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
    aliases: ['case study', 'case series'],
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
    aliases: ['meta analysis', 'pooled analysis'],
    field: 'methods',
    definition:
      'A study that pools the numbers from many earlier studies on the same question. This gives a clearer answer than any one study can.',
    seeAlso: ['systematic review'],
  },
  {
    term: 'systematic review',
    aliases: ['Cochrane review'],
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
    aliases: ['preprint server', 'pre-print'],
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
    aliases: ['statistically significant', 'significant difference', 'not statistically significant', 'statistically significantly'],
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
    aliases: ['risk ratio', 'relative risk reduction', 'times more likely', 'times as likely'],
    field: 'methods',
    definition:
      'How much more or less likely something is in one group than another, such as "twice the risk". It hides how common the thing is to start with.',
    seeAlso: ['absolute risk'],
  },
  {
    term: 'absolute risk',
    aliases: ['absolute risk reduction', 'absolute difference'],
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
    aliases: ['primary endpoint', 'secondary endpoint', 'end point', 'primary outcome', 'secondary outcome', 'outcome measure'],
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
    aliases: ['zebrafish', 'fruit fly', 'fruit flies', 'Drosophila', 'nematode worm'],
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
    aliases: ['replication', 'replicate', 'replicated', 'reproducible', 'replication crisis'],
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
    aliases: ['trial registry', 'ClinicalTrials.gov', 'registered trial', 'preregistered', 'pre-registered', 'preregistration'],
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
    aliases: ['statistical modelling', 'regression', 'regression analysis', 'adjusted for'],
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
    aliases: ['quartile', 'quintile', 'tertile'],
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
    aliases: ['qualitative study', 'focus group', 'in-depth interviews'],
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
];
