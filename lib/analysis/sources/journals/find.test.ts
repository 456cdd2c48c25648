// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../text/sentences';
import { findJournalMentions } from './index';

const mentions = (text: string, lang = 'en') => findJournalMentions(splitSentences(text, lang), lang);
/** The journals a story reports as its own: what the sources list. */
const cited = (text: string, lang = 'en') => mentions(text, lang).filter((m) => !m.background && !m.negated && !m.submitted).map((m) => m.name);

describe('findJournalMentions: names read whole', () => {
  it('reads a reference line cut at its title: "Nature Nanotechnology, 2026."', () => {
    expect(mentions('Originalpublikation: Anna Berg, Jonas Keller: Lipid carriers in tumours. Nature Nanotechnology, 2026.', 'de').map((m) => [m.name, m.cue])).toEqual([['Nature Nanotechnology', 'citation']]);
    expect(mentions('Reference: Liu Z. et al. Water in glass beads. Nature Astronomy (2026). DOI: 10.1038/s41550-026-02417-8').map((m) => [m.name, m.cue])).toEqual([['Nature Astronomy', 'citation']]);
    expect(mentions('Science in 2026 moved fast.')).toEqual([]);
  });

  it('reads an article type before the journal as no part of its name: "in a Brief Communication in X"', () => {
    expect(cited('They reported in a Brief Communication in Nature Astronomy.')).toEqual(['Nature Astronomy']);
    expect(cited('The team describes the find in a Research Letter in Nature Geoscience.')).toEqual(['Nature Geoscience']);
    // A journal whose own name runs "X in Y" is read whole.
    expect(cited('The proof was published in Communications in Mathematical Physics.')).toEqual(['Communications in Mathematical Physics']);
  });

  it('reads "in der Ausgabe von X" as a German cue', () => {
    expect(cited('Die Studie erschien in der jüngsten Ausgabe von Antiquity.', 'de')).toEqual(['Antiquity']);
  });

  it('reads "im Fachjournal The X" as a cue, and a series letter with its subtitle as written', () => {
    expect(cited('In einer Kurzmitteilung im Fachjournal The Cryosphere ordnen sie die Zahlen ein.', 'de')).toEqual(['The Cryosphere']);
    expect(cited('Die Ergebnisse sind in der Fachzeitschrift Proceedings of the Royal Society B: Biological Sciences erschienen.', 'de')).toEqual([
      'Proceedings of the Royal Society B: Biological Sciences',
    ]);
    expect(cited('It was published in Proc R Soc B last week.')).toEqual(['Proceedings of the Royal Society B']);
  });


  it('reads a title with inner small words whole, not the known journal inside it', () => {
    expect(cited('The findings were published in Frontiers in Ecology and the Environment on Monday.')).toEqual(['Frontiers in Ecology and the Environment']);
    expect(cited('The trial, published in Acupuncture in Medicine, enrolled 80 people.')).toEqual(['Acupuncture in Medicine']);
    expect(cited('The findings, published in Brain and Behavior, point to thicker cortex.')).toEqual(['Brain and Behavior']);
  });

  it('takes no journal that ends the name of an event, a study or a body', () => {
    expect(cited('Data were shown at the Annual Conference on Frontiers in Cancer Prevention Research in Boston, the study team said.')).toEqual([]);
    expect(cited('The study used the Causes of Regional Differences in Stroke project, the authors reported.')).toEqual([]);
    expect(cited('The findings, published online July 28 in Rheumatology, add to the research.')).toEqual(['Rheumatology']);
    expect(cited('Published in Nature, the study counted bees.')).toEqual(['Nature']);
  });

  it('reads "today\'s X" as a cue, and "to X" only after sending or writing', () => {
    expect(cited("A study published in today's Neurology followed 9,000 adults.")).toEqual(['Neurology']);
    expect(cited('The research centre is devoted to Geroscience and to the study of ageing.')).toEqual([]);
    expect(mentions('The team sent the paper to Nature last year.').map((m) => [m.name, m.submitted])).toEqual([['Nature', true]]);
  });

  it('takes work the clause puts last year for background, and a list under a References heading', () => {
    expect(cited('A study last year in JAMA Internal Medicine linked the drugs to falls.')).toEqual([]);
    expect(cited('Earlier this year in the Journal of Applied Gerontology, a review called the evidence thin.')).toEqual([]);
    expect(cited('Last year, researchers at Marlow University published a study in Annals of Internal Medicine on patches.')).toEqual([]);
    const refs = ['The analysis appears in JAMA Network Open.', 'References', 'Roe J, et al. Falls. Circulation. 2021;143:e11.', 'Doe A, et al. Sleep. Neurology. 2020;9:1-4.'];
    expect(findJournalMentions(refs, 'en').filter((m) => !m.background).map((m) => m.name)).toEqual(['JAMA Network Open']);
    expect(findJournalMentions(refs.slice(0, 3), 'en').filter((m) => !m.background).map((m) => m.name)).toEqual(['JAMA Network Open', 'Circulation']);
  });

  it('stops a name before the date that follows it', () => {
    expect(cited('The study was published in the journal BMC Complementary and Alternative Medicine in August.')).toEqual(['BMC Complementary and Alternative Medicine']);
  });

  it('keeps a subtitle after a colon', () => {
    expect(cited('The report, published online in the journal Circulation: Cardiovascular Imaging, compared two scans.')).toEqual(['Circulation: Cardiovascular Imaging']);
    expect(cited("It appears in Alzheimer's & Dementia: The Journal of the Alzheimer's Association.")).toEqual(["Alzheimer's & Dementia: The Journal of the Alzheimer's Association"]);
    expect(cited('The work appeared in Science: Jane Roe said it was a surprise.')).toEqual(['Science']);
  });

  it('reads a spelled-out name with its acronym in brackets as one journal', () => {
    expect(cited('The research is published in Public Library of Science (PLoS) ONE.')).toEqual(['PLOS ONE']);
  });

  it('names the member of a journal family', () => {
    expect(cited('The method is described in a paper in the Nature journal Biomedical Engineering.')).toEqual(['Nature Biomedical Engineering']);
    expect(cited('The data appear in the Cell Press journal Neuron.')).toEqual(['Neuron']);
  });

  it('gives names joined to a cited one the same cue', () => {
    expect(cited('The two results were featured in Science and Nature, respectively.')).toEqual(['Science', 'Nature']);
    expect(cited('Related papers appear in the journals Cell and Neuron this week.')).toEqual(['Cell', 'Neuron']);
  });

  it('finds names the list lacks after any verb of publishing', () => {
    expect(cited('Reporting online today in International Forum of Allergy & Rhinology, the team describes the results.')).toEqual(['International Forum of Allergy & Rhinology']);
    expect(cited('The findings are published in WORK, a journal affiliated with an occupational therapy society.')).toEqual(['WORK']);
    expect(cited('The study results were published in The Journal of the American Osteopathic Association.')).toEqual(['Journal of the American Osteopathic Association']);
  });
});

describe('findJournalMentions: lists and qualifiers', () => {
  it('reads every journal of a list after "journals:" or before "respectively", known or not', () => {
    expect(cited('The two studies appear in their respective journals: the Journal of Sleep Research, Sleep Medicine Reviews and the Annals of Internal Medicine.')).toEqual(['Journal of Sleep Research', 'Sleep Medicine Reviews', 'Annals of Internal Medicine']);
    expect(cited('The findings appear in Cell and Sleep Medicine Reviews, respectively.')).toEqual(['Cell', 'Sleep Medicine Reviews']);
    expect(cited('The study was published in Nature, Pediatric Research and Sleep Medicine Reviews this week.')).toEqual(['Nature', 'Pediatric Research', 'Sleep Medicine Reviews']);
  });

  it('takes no list item that is a person, a body or a lone appositive', () => {
    expect(cited('The findings appear in Nature, Science Minister Jo Roe said.')).toEqual(['Nature']);
    expect(cited('The study was published in Nature, Oakmere University Research and the press office said so.')).toEqual(['Nature']);
    expect(cited('The study was published in Cell, Oakmere Health Research, a charity that paid for it, said.')).toEqual(['Cell']);
  });

  it('reads a journal that qualifies the paper: "a Lancet paper", "the JAMA study", "a new Nature paper"', () => {
    expect(cited('The JAMA study followed 4,000 adults.')).toEqual(['Journal of the American Medical Association']);
    expect(cited('A new Nature paper shows that sea ice thins faster in spring.')).toEqual(['Nature']);
    expect(cited('In the Immunity report, mice lived longer.')).toEqual(['Immunity']);
    expect(cited('Sleep study results were good, and the Framingham Heart study agreed.')).toEqual([]);
    expect(cited('The Nature Conservancy report counted the birds.')).toEqual([]);
  });

  it('reads "the X study" after a fuller name as that journal', () => {
    const story = 'The trial was published in Circulation: Cardiovascular Quality and Outcomes. The authors of the Circulation study adjusted for diet.';
    expect(cited(story)).toEqual(['Circulation: Cardiovascular Quality and Outcomes', 'Circulation: Cardiovascular Quality and Outcomes']);
    expect(cited('Most women trim, according a JAMA Dermatology report. They had more partners, according to the JAMA study.')).toEqual(['JAMA Dermatology', 'JAMA Dermatology']);
  });

  it('takes a dated qualifier for background beside a new study', () => {
    expect(cited('A 2006 Lancet Neurology study found it, but a new study published in Cell disagrees.')).toEqual(['Cell']);
    expect(cited('The research builds on a Lancet Neurology study that followed patients for five years.')).toEqual([]);
  });
});

describe('findJournalMentions: names with a word too many', () => {
  it('takes the word "Journal" before or after a name for the cue, not the name', () => {
    expect(cited('The study is published in the Journal BMJ Open Diabetes Research and Care.')).toEqual(['BMJ Open Diabetes Research and Care']);
    expect(cited('His results have been published in The Lancet Respiratory Medicine Journal.')).toEqual(['The Lancet Respiratory Medicine']);
    expect(cited('The work appears in the European Heart Journal.')).toEqual(['European Heart Journal']);
  });

  it('reads "and" for "&" in a known name, and "the peer-reviewed publication X"', () => {
    expect(cited('Research in the BMJ Quality and Safety journal linked junior care roles to higher death rates.')).toEqual(['BMJ Quality & Safety']);
    expect(cited('The study is published in the peer-reviewed publication Antimicrobial Agents and Chemotherapy.')).toEqual(['Antimicrobial Agents and Chemotherapy']);
  });

  it('takes no newspaper for a journal', () => {
    expect(cited('The study was reported in the Wall Street Journal.')).toEqual([]);
    expect(cited('It appeared in the Milwaukee Journal Sentinel and the Atlanta Journal-Constitution.')).toEqual([]);
  });
});

describe('findJournalMentions: reference lines', () => {
  it('reads a journal in a citation line', () => {
    const [m] = mentions('Roe J, Doe A. Growth of the fin bud. Developmental Biology 392(2): 123-130. doi:10.5555/devbio.2014.05');
    expect(m).toMatchObject({ name: 'Developmental Biology', cue: 'citation', background: false });
    expect(cited('Deane K et al. BMJ Open. 2015;5:e006434.')).toEqual(['BMJ Open']);
    expect(cited('Combat soldiers show similar activity (Current Biology, DOI: 10.5555/cub.2011.10.015).')).toEqual(['Current Biology']);
  });

  it('takes a run of reference lines for a bibliography', () => {
    const list = [
      'Roe J. Sleep in teens. Journal of Adolescent Health 2010;47(1):138-143.',
      'Doe A. Stress at college. Journal of American College Health 2011;59(3):165-173.',
      'Poe B. Worry and grades. Journal of Counseling Psychology 2015;77:118-128.',
      'Moe C. Apps for calm. Journal of Medical Internet Research 2018;20(2):e123.',
    ].join(' ');
    const found = mentions(list);
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.every((m) => m.background)).toBe(true);
  });
});

describe('findJournalMentions: names that are not a citation', () => {
  it('needs a cue for a journal whose name is ordinary words', () => {
    expect(cited("A new technique could help patients with Parkinson's Disease, according to research led by the university.")).toEqual([]);
    expect(cited("The trial appears in the journal Parkinson's Disease.")).toEqual(["Parkinson's Disease"]);
    expect(cited('"Our study is the first of its kind," said Loeb, a professor in the Department of Pathology and Molecular Medicine.')).toEqual([]);
  });

  it('skips a journal inside a phone number, an address or a writer’s list of outlets', () => {
    expect(cited('For the study, contact the press office at 312-464-JAMA or media@jamanetwork.example.')).toEqual([]);
    expect(cited('Her work has appeared in Nature, The Economist, Aeon, Discover and more.')).toEqual([]);
    expect(cited('The study was published in Nature, Science and Cell over three years.')).toEqual(['Nature', 'Science', 'Cell']);
    expect(cited('The study appears in Nature, Tuesday, March 4.')).toEqual(['Nature']);
  });

  it('skips a publisher line and bare names beside a cited journal', () => {
    expect(cited('About the journal: Thorax is one of 60 specialist journals published by BMJ.')).toEqual([]);
    const story = 'Air pollution may shorten survival, finds a study published online in the journal Thorax. BMJ. In a linked comment, The BMJ also ran two articles on the topic.';
    expect(cited(story)).toEqual(['Thorax']);
    expect(cited('The deficits described in the Parliamentary and Health Service Ombudsman report will not be addressed.')).toEqual([]);
    expect(cited('Journal of Epidemiology & Community Health Press Release')).toEqual(['Journal of Epidemiology & Community Health']);
    expect(cited('Initial results, published in a 2012 PLOS One paper, were promising.')).toEqual(['PLOS ONE']);
    expect(cited('The survey was published in Sexually Transmitted Infections - a specialist BMJ journal.')).toEqual(['Sexually Transmitted Infections']);
  });

  it('does not read a university or a place as a journal', () => {
    expect(cited('The results were reported in the University of Michigan annual survey of students.')).toEqual([]);
    expect(cited('The study was published in the United States of America first.')).toEqual([]);
  });
});

describe('findJournalMentions: what the story says of the publication', () => {
  it('flags work not yet published, planned or only submitted', () => {
    expect(mentions('The study has not yet been published in Nature.')[0]).toMatchObject({ name: 'Nature', negated: true });
    expect(mentions('The paper will be published in Cell next week.')[0]).toMatchObject({ name: 'Cell', planned: true, negated: false, submitted: false });
    expect(mentions('The team has submitted the paper to Physical Review Letters.')[0]).toMatchObject({ name: 'Physical Review Letters', submitted: true });
    expect(mentions('The study, which was not peer reviewed, was published in Nature.')[0]).toMatchObject({ negated: false });
  });

  it('marks earlier and separate studies as background', () => {
    expect(mentions('A previous study in Nature Medicine found the opposite.')[0].background).toBe(true);
    expect(mentions('A related study, published this week by a team at another university, shows that teenagers who were bullied have smaller grey-matter volumes in two regions (Archives of Pediatrics and Adolescent Medicine).')[0].background).toBe(true);
  });

  it('takes a dated study for background only beside one the story calls new', () => {
    const both = 'A new study, published in PLOS ONE, found a lower risk. It echoes a 2015 study conducted in China and published in The BMJ.';
    expect(cited(both)).toEqual(['PLOS ONE']);
    const all = 'A 2012 study published in the New England Journal of Medicine reported better memory. In 2014, a study in Molecular Medicine showed the same in rats.';
    expect(cited(all)).toEqual(['New England Journal of Medicine', 'Molecular Medicine']);
  });

  it('reads German dates and the pluperfect on earlier work, and "jetzt"/"nun" as new work', () => {
    // A year before "in/im (Fachblatt)": dated, so background beside the story's own new paper.
    const dated = 'Die Ergebnisse stellen die Forschenden jetzt im Fachjournal „Biological Conservation“ vor. Bekannt wurde vor allem eine Studie, die 2017 in „PLOS ONE“ erschien.';
    expect(cited(dated, 'de')).toEqual(['Biological Conservation']);
    expect(cited('Die Arbeit ist nun in Nature Geoscience erschienen. Eine 2019 in der Fachzeitschrift Clinical Toxicology veröffentlichte Auswertung ergab mehr.', 'de')).toEqual(['Nature Geoscience']);
    // Without a new paper beside it, a dated one may be the story's own.
    expect(cited('Eine Auswertung, 2023 im „American Journal of Clinical Nutrition“ erschienen, kam zu ähnlichen Zahlen.', 'de')).toEqual(['American Journal of Clinical Nutrition']);
    // The pluperfect around a quoted name: "war 2024 im Fachblatt „X“ erschienen".
    expect(mentions('Eine kleinere Pilotstudie des Teams war 2024 im Fachblatt „Hypertension“ erschienen.', 'de')[0].background).toBe(true);
    expect(mentions('Die Studie ist 2026 im Fachblatt „Hypertension“ erschienen.', 'de')[0].background).toBe(false);
  });

  it('reads a negation only inside the name’s clause: a quote’s end or a dash starts another', () => {
    expect(mentions('"Those who do not groom differ," said the study published in the journal Sexually Transmitted Infections.')[0]).toMatchObject({ negated: false });
    expect(mentions('Coroners disagree on whether a death merits an inquest or not—reveals a small study published online in the Journal of Clinical Pathology.')[0]).toMatchObject({ negated: false });
    expect(mentions('The study has not yet been published in Nature.')[0]).toMatchObject({ negated: true });
  });

  it('reads a year after the name as a date, and the present tense as new work', () => {
    const story = 'Initial results were published in The Lancet in 2014. The follow-up report, which is published in Nature Medicine, shows the benefit lasted.';
    expect(cited(story)).toEqual(['Nature Medicine']);
    expect(cited('Initial results were published in The Lancet in 2014.')).toEqual(['The Lancet']);
    const framed = 'Results are published in the scientific publication the Journal of Medical Cases. Knee injuries are common, according to a 2014 article in the Journal of Orthopedics.';
    expect(cited(framed)).toEqual(['Journal of Medical Cases']);
  });

  it('gives the sentence and the span of each name', () => {
    const [m] = findJournalMentions(['No journal here.', 'It was published in Science Advances today.']);
    expect(m).toMatchObject({ sentence: 1, start: 20, end: 36, cue: 'published-in', known: true });
  });
});

describe('findJournalMentions: German', () => {
  it('reads Fachzeitschrift, Fachjournal and quoted names', () => {
    expect(cited('Das Team stellt in der Fachzeitschrift Angewandte Chemie ein neues Verfahren vor.', 'de')).toEqual(['Angewandte Chemie']);
    expect(cited('Wie die Forschenden im Fachjournal „Nature Medicine“ berichten, sank das Risiko deutlich.', 'de')).toEqual(['Nature Medicine']);
    // The German journal word before a name is the cue, not the start of a longer title.
    expect(cited('Die Studie ist im Fachjournal Proceedings of the Royal Society B erschienen.', 'de')).toEqual(['Proceedings of the Royal Society B']);
    expect(cited('Sie erschien in der Zeitschrift für Psychologie.', 'de')).toEqual(['Zeitschrift für Psychologie']);
    expect(cited('Die Ergebnisse sind in Science Advances erschienen.', 'de')).toEqual(['Science Advances']);
    expect(cited('Die Arbeit erscheint in der Zeitschrift „Forum der Molekularen Ökologie“.', 'de')).toEqual(['Forum der Molekularen Ökologie']);
  });

  it('reads a genitive journal word and an English name in German quotes', () => {
    const cue = (s: string) => mentions(s, 'de').map((m) => [m.name, m.cue]);
    expect(cue('Die Studie erschien in der aktuellen Ausgabe des Fachjournals „JAMA Neurology“.')).toEqual([['JAMA Neurology', 'the-journal']]);
    expect(cue('Die Arbeit wurde in „The Lancet Neurology“ publiziert, teilte die Universität mit.')).toEqual([['The Lancet Neurology', 'published-in']]);
  });

  it('flags German work not yet published or planned', () => {
    expect(mentions('Die Studie ist noch nicht in einer Fachzeitschrift erschienen.', 'de')).toEqual([]);
    expect(mentions('Die Studie soll demnächst in The Lancet erscheinen.', 'de')[0]).toMatchObject({ name: 'The Lancet', planned: true });
    expect(mentions('Die Studie wurde bei Nature eingereicht.', 'de')[0]).toMatchObject({ name: 'Nature', submitted: true });
  });
});

describe('findJournalMentions: the journal as the one that published the work', () => {
  it('cites "X published the findings", "the findings, which X published", "a paper that X ran"', () => {
    const cues = (text: string) => mentions(text).map((m) => [m.name, m.cue]);
    expect(cues('Physical Review Letters published the findings on Tuesday.')).toEqual([['Physical Review Letters', 'published-in']]);
    expect(cues('The findings, which Nature Geoscience published on Monday, suggest otherwise.')).toEqual([['Nature Geoscience', 'published-in']]);
    expect(cues('It is the first evidence of herds, according to a paper that Cretaceous Research ran this week.')).toEqual([['Cretaceous Research', 'published-in']]);
    expect(cues('Global Change Biology carried the study.')).toEqual([['Global Change Biology', 'published-in']]);
    // Publishing something else, or a bare name, is no citation.
    expect(cues('Physical Review Letters published an editorial policy.').filter(([, c]) => c !== 'named')).toEqual([]);
    expect(cues('The pattern, described in Bird Study and, a year earlier, in Ibis, held.')).toEqual([['Bird Study', 'published-in'], ['Ibis', 'published-in']]);
  });
});

describe('findJournalMentions: a headline', () => {
  it('cites a journal without an article: "…, Lancet study finds", "BMJ paper shows …"; only in the headline', () => {
    const headline = (title: string, body = 'The team counted sling stones.') =>
      findJournalMentions([title, body], 'en', undefined, { headline: true }).filter((m) => m.cue !== 'named').map((m) => m.name);
    expect(headline('Burnt gateway points to a siege at a hillfort, Antiquity study finds')).toEqual(['Antiquity']);
    expect(headline('Lancet study finds coffee drinkers live no longer')).toEqual(['The Lancet']);
    expect(headline('Coffee is fine – BMJ paper shows')).toEqual(['The BMJ']);
    // A word that is a journal's name, not cited: "Nature walks", "Mother Nature".
    expect(headline('Nature walks ease stress, study finds')).toEqual([]);
    expect(headline('Mother Nature study finds her match')).toEqual([]);
    // A plain word that opens the headline, or a word of a title-case headline, is capitalised for that alone.
    expect(headline('Small trial shows brain implant may ease severe anorexia')).toEqual([]);
    expect(headline('Heart study finds walkers live longer')).toEqual([]);
    expect(headline('Walkers Live Longer, Heart Study Finds')).toEqual([]);
    expect(headline('Walkers live longer, Heart study finds')).toEqual(['Heart']);
    expect(headline('Walkers live longer, Lancet study finds')).toEqual(['The Lancet']);
    // In a title-case headline a name's capitalised neighbours are the headline's style, not a longer name.
    expect(headline('Walkers Live Longer, Lancet Study Finds')).toEqual(['The Lancet']);
    expect(headline('Cancer Research UK Study Finds Fewer Smokers')).toEqual([]);
    // A related story's headline in the body names another story's journal.
    expect(headline('Arctic summers may be ice-free by 2040', 'Polar bears forced ashore earlier each year, Ecology study finds')).toEqual([]);
  });
});

describe('findJournalMentions: journals that are not where the work appeared', () => {
  it("takes no journal of a researcher's record: \"has published in journals including A, B and C\"", () => {
    expect(cited('She has published widely in leading journals, including Cell Reports, the Journal of Neuroscience and Brain Research.')).toEqual([]);
    expect(cited('His work has also appeared in journals such as Nature Physics and Physical Review Letters.')).toEqual([]);
    // A plain past tense about this work is a citation, record words or not.
    expect(cited('The team published the result in Nature Physics on Wednesday.')).toEqual(['Nature Physics']);
    expect(cited('She has published the findings in Nature Physics.')).toEqual(['Nature Physics']);
  });

  it('takes no journal someone edits: "who edits the journal X", "deputy editor of the journal X", "the editorial board of X"', () => {
    expect(cited('Dr Sæther-Quinn, who edits the journal Deep-Sea Research Part I, said a pause was sensible.')).toEqual([]);
    expect(cited('Nakashima-Byrne, who is deputy editor of the journal Sleep Medicine, added that stimulants help.')).toEqual([]);
    expect(cited('She serves on the editorial board of the Journal of Glaciology.')).toEqual([]);
    // The organisation that publishes a journal names it as its title, not as where the work appeared.
    expect(cited('The society, which also publishes The Astronomical Journal, said attendance was a record.')).toEqual([]);
    expect(cited('The heart charity, which publishes the journal Circulation, welcomed the trial.')).toEqual([]);
    expect(cited('The results were published in the journal Sleep Medicine.')).toEqual(['Sleep Medicine']);
  });

  it('takes no journal of a German record or editor: "die unter anderem in X publiziert hat", "Mitherausgeberin des X"', () => {
    expect(cited('Graumann, die unter anderem im Fachblatt The Lancet publiziert hat, sitzt im Beirat.', 'de')).toEqual([]);
    expect(cited('Er hat selbst in Biological Conservation über Fledermäuse an Windparks publiziert.', 'de')).toEqual([]);
    expect(cited('Ihre Arbeiten sind unter anderem in Science, im Journal of the American Chemical Society und in der Angewandten Chemie erschienen.', 'de')).toEqual([]);
    expect(cited('Seine Studien erschienen bereits in Nature und Cell.', 'de')).toEqual([]);
    expect(cited('Verhoeven ist Mitherausgeberin des Journal of Glaciology.', 'de')).toEqual([]);
    expect(cited('Quast ist Herausgeberin der Fachzeitschrift Classical and Quantum Gravity.', 'de')).toEqual([]);
    // The work as the object, or a team that has published, is still cited.
    expect(cited('Die Ergebnisse haben die Forschenden im Fachblatt Nature veröffentlicht.', 'de')).toEqual(['Nature']);
    expect(cited('Das Team hat die Studie in Nature publiziert.', 'de')).toEqual(['Nature']);
    expect(cited('Ihre Ergebnisse sind in Nature Geoscience erschienen.', 'de')).toEqual(['Nature Geoscience']);
    expect(cited('Das Team um Anna Berger hat in Nature Geoscience veröffentlicht, wie Magma aufsteigt.', 'de')).toEqual(['Nature Geoscience']);
  });

  it('takes no journal of a record without a list: "who has published widely on X in", "has published in"', () => {
    expect(cited('Dr Ana Ruiz, an astronomer at Leiden University who has published widely on radio bursts in Nature Astronomy and was not involved, praised the work.')).toEqual([]);
    expect(cited('Dr Kim, who has published in Current Biology on bird memory, was less sure.')).toEqual([]);
    expect(mentions('He has previously published in The Lancet on the same drug.')).toEqual([]);
    // The work itself, in the present perfect, is still cited.
    expect(cited('The team has published its findings in Nature Astronomy.')).toEqual(['Nature Astronomy']);
    expect(cited('The researchers have now published in Nature Astronomy a map of 400 bursts.')).toEqual(['Nature Astronomy']);
  });

  it('takes no field journal that opens the name of a unit listing several fields', () => {
    expect(cited('Ana Ortiz, an instructor in the Medicine, Clinical and Translational Epidemiology Unit at a Boston hospital, presented the research at a meeting.')).toEqual([]);
    expect(cited('She works in the Pediatrics, Obstetrics and Gynecology Department, and the study was published in Pediatrics.')).toEqual(['Pediatrics']);
    expect(cited('The trial was published in Neurology, Mayo Clinic researchers said.')).toEqual(['Neurology']);
  });

  it("takes an editorial's journal for background when another journal published the work, and as the paper's alone", () => {
    expect(cited('The trial appeared in JAMA Oncology, together with an editorial in The Lancet Oncology.')).toEqual(['JAMA Oncology']);
    expect(cited('The analysis is published in Circulation. An accompanying commentary in Nature Reviews Cardiology calls it overdue.')).toEqual(['Circulation']);
    expect(cited('The study appeared in The BMJ, with an editorial in the same issue.')).toEqual(['The BMJ']);
    expect(cited('An editorial in the New England Journal of Medicine discussed the trial.')).toEqual(['New England Journal of Medicine']);
    // An editorial that is the story's own subject is not one that goes with another paper.
    expect(cited('Experts called pills a waste, as a 2024 editorial in the Annals of Internal Medicine argued. A study in JAMA disagreed.')).toEqual(['Annals of Internal Medicine', 'Journal of the American Medical Association']);
  });
});


describe('findJournalMentions: earlier work, compounds and meetings', () => {
  it("takes a researcher's earlier work for background: \"has previously used … in\", \"her early papers, in\"", () => {
    expect(cited('Kessell has previously used the same approach in a study published in The Cryosphere, which looked at one ice shelf.')).toEqual([]);
    expect(cited('Her early papers, in the Bulletin of Volcanology and the Journal of Volcanology and Geothermal Research, described hand-held gas measurements.')).toEqual([]);
    expect(cited('Laboratory studies, including a widely cited in-vitro study in Caries Research, have suggested the paste works.')).toEqual([]);
    expect(cited('An earlier version of the blood test, developed by another group, was described in Nature Medicine in 2024.')).toEqual([]);
    // The story's own work, said to be new, beside a dated one.
    expect(cited('The new study, published today in Headache, followed 3,418 patients. The pivotal trials, several of them published in Cephalalgia and The Lancet Neurology in the late 2010s, excluded many of them.')).toEqual(['Headache']);
  });

  it('takes no journal inside a compound word or the name of a meeting, but keeps a German "Nature-Studie"', () => {
    expect(cited('Der Planet ist kein Ozeanplanet, wie man ihn sich in Science-Fiction vorstellt, sagte der Forscher.', 'de')).toEqual([]);
    expect(cited('Das Ergebnis wurde veröffentlicht: Wer viel Wurst aß, hatte ein höheres Risiko, an Diabetes zu erkranken.', 'de')).toEqual([]);
    expect(cited('The results were presented at the Late-Breaking Clinical Trials Session of the annual meeting.')).toEqual([]);
    expect(cited('Die im Fachjournal «Sleep» erschienene Studie untersuchte 2140 Jugendliche.', 'de')).toEqual(['Sleep']);
    expect(cited('Die Forscher berichten in einer Nature-Studie, dass die Bienen lernen.', 'de')).toEqual(['Nature']);
  });
});

describe('findJournalMentions: earlier work in German', () => {
  it('takes a journal in the pluperfect for earlier work, and keeps the story’s own in the present or perfect', () => {
    expect(cited('Schon 2021 hatte eine kalifornische Arbeitsgruppe in „JAMA Internal Medicine“ berichtet, dass Kaffee nicht schadet.', 'de')).toEqual([]);
    expect(cited('Eine britische Studie, die 2022 in „The Lancet Child & Adolescent Health“ erschienen war, fand Ähnliches.', 'de')).toEqual([]);
    expect(cited('Er hatte bereits 2022 in der Fachzeitschrift „Microbiome“ über die Darmflora berichtet.', 'de')).toEqual([]);
    expect(cited('Die Studie ist im Fachjournal „Microbiome“ erschienen.', 'de')).toEqual(['Microbiome']);
    expect(cited('Die Forschenden hatten 2000 Menschen befragt, wie sie im Fachblatt „Stroke“ berichten.', 'de')).toEqual(['Stroke']);
  });
});

describe('ninth round: series, records with a count, German journal words and editors', () => {
  it('keeps a series letter after a comma as part of the name', () => {
    expect(cited('A 2009 paper in the Journal of Combinatorial Theory, Series A built the colouring.')).toEqual(['Journal of Combinatorial Theory, Series A']);
  });
  it('reads a count of papers as a record, not this work', () => {
    expect(cited('She published more than 200 papers, many of them in the Journal of Glaciology, which she edited.')).toEqual([]);
    expect(cited('He wrote over 150 papers in Nature and Science.')).toEqual([]);
    expect(cited('The findings, from 3,000 patients, were published in The Lancet.')).toEqual(['The Lancet']);
  });
  it('reads "das Wissenschaftsblatt X", "in der Angewandten Chemie", and no journal a researcher co-edits in quotes', () => {
    expect(cited('Veröffentlicht hat die Ergebnisse das Wissenschaftsblatt Cell Metabolism.', 'de')).toEqual(['Cell Metabolism']);
    expect(cited('Das Team berichtet in der Angewandten Chemie.', 'de')).toEqual(['Angewandte Chemie']);
    expect(cited('Riedl ist Mitherausgeber der Fachzeitschrift „Sucht“.', 'de')).toEqual([]);
    expect(cited('Die Studie erschien in der Fachzeitschrift „Sucht“.', 'de')).toEqual(['Sucht']);
  });
});
