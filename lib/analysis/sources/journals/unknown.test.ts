// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../text/sentences';
import { createJournalIndex, findJournalMentions } from './index';

// An empty list: every journal here is one nobody has seen, read only from the words around it.
const NONE = createJournalIndex([]);
const cited = (text: string) =>
  findJournalMentions(splitSentences(text, 'en'), 'en', NONE).filter((m) => !m.background && !m.negated && !m.submitted).map((m) => m.name);

describe('unknown journals: where the cue is', () => {
  it('reads a date between the verb and "in"', () => {
    expect(cited('The findings, published online July 28 in Rheumatology Advances, add to the research.')).toEqual(['Rheumatology Advances']);
    expect(cited('The study, published Oct. 25 in the Heart Rhythm Journal, followed adults.')).toEqual(['Heart Rhythm Journal']);
    expect(cited('The work, published today [May 3] in Oncotarget, shows the drug helps.')).toEqual(['Oncotarget']);
    expect(cited('The report, published on Monday in Vaccine Frontiers, covered babies.')).toEqual(['Vaccine Frontiers']);
  });

  it('reads the journal an issue belongs to', () => {
    expect(cited('The study is in the May 1 issue of Cell Metabolism.')).toEqual(['Cell Metabolism']);
    expect(cited('The trial, published in the April print issue of Pediatrics, appears online in March.')).toEqual(['Pediatrics']);
    expect(cited('It will appear in a special cardiovascular issue of Cell Transplantation.')).toEqual(['Cell Transplantation']);
  });

  it('reads "journal" without an article, a journal reference line and "researchers note in"', () => {
    expect(cited('The research was published in leading international journal, Cancer Research.')).toEqual(['Cancer Research']);
    expect(cited('Journal reference: Current Biology, DOI: 10.1016/j.cub.2011.08.010')).toEqual(['Current Biology']);
    expect(cited('Drowsy drivers react late, researchers note in Sleep Medicine.')).toEqual(['Sleep Medicine']);
  });

  it('keeps the word "Journal" where the title shouts "Of"', () => {
    expect(cited('The study, published in the Journal Of Health Economics, asked people about sleep.')).toEqual(['Journal Of Health Economics']);
  });

  it('reads a publisher brand before an ordinary word', () => {
    expect(cited('The senior author of the study published Thursday in npj Vaccines spoke.')).toEqual(['npj Vaccines']);
  });
});

describe('unknown journals: one word alone', () => {
  it('is a journal after a verb of publishing, where the clause ends or goes on', () => {
    expect(cited('A new study published in Cephalalgia in March shows the device works.')).toEqual(['Cephalalgia']);
    expect(cited('During the study, published in Neurology, 17 people developed the disease.')).toEqual(['Neurology']);
    expect(cited('A study, published online in The Lancet, found the method helped.')).toEqual(['The Lancet']);
  });

  it('is no place, outlet or language', () => {
    expect(cited('The findings were published in Spanish in a local paper.')).toEqual([]);
    expect(cited('The results were published in Denmark last year.')).toEqual([]);
    expect(cited('The essay was published in The Atlantic on Monday.')).toEqual([]);
    expect(cited('The figures were published in Kenya, where the study ran.')).toEqual([]);
  });

  it('needs a verb of publishing: "reported in" and "a study in" name places too', () => {
    expect(cited('Cases of the fever were reported in Kabul, officials said.')).toEqual([]);
    expect(cited('The drug was tested in a study in Lagos, the authors reported.')).toEqual([]);
  });
});

describe('unknown journals: a title longer than the known name inside it', () => {
  // A list that knows only the short names, as an unseen story's longer title would meet it.
  const SHORT = createJournalIndex([{ name: 'Brain', aliases: [] }, { name: 'Cancer Epidemiology', aliases: [] }, { name: 'Adolescent Medicine', aliases: [] }, { name: 'Nature Medicine', aliases: [] }, { name: 'Stroke Research', aliases: [] }]);
  const withShort = (text: string) => findJournalMentions(splitSentences(text, 'en'), 'en', SHORT).filter((m) => !m.background).map((m) => m.name);

  it('reads the title whole where a word of it is no known name', () => {
    expect(withShort('The findings, published in Brain and Behavior, suggest changes.')).toEqual(['Brain and Behavior']);
    expect(withShort('The study, published in the journal Archives of Pediatrics and Adolescent Medicine, suggests thinness runs in families.')).toEqual(['Archives of Pediatrics and Adolescent Medicine']);
  });

  it('reads a series closed by "and" after "the journal" as one title', () => {
    expect(cited('The study was published June 8 in the journal Arteriosclerosis, Thrombosis and Vascular Biology.')).toEqual(['Arteriosclerosis, Thrombosis and Vascular Biology']);
    expect(withShort('Researchers report in the journal Cancer Epidemiology, Biomarkers & Prevention that fasting helps.')).toEqual(['Cancer Epidemiology, Biomarkers & Prevention']);
    expect(cited('The study, published in the journal Pediatrics, Jane Roe and John Doe found, was small.')).toEqual(['Pediatrics']);
  });

  it('keeps a list whose first item is a known name of several words', () => {
    expect(withShort('The paper appeared in Nature Medicine and Stroke Research last week.')).toEqual(['Nature Medicine', 'Stroke Research']);
  });
});

describe('unknown journals: more cues', () => {
  it('reads a paper\'s noun before "in", "write in", "published by" a journal and the name before a DOI', () => {
    expect(cited('The lamp kills the virus, according to a new study in Scientific Reports.')).toEqual(['Scientific Reports']);
    expect(cited('Deaths fell within a year, the researchers write in JAMA Cardiology.')).toEqual(['JAMA Cardiology']);
    expect(cited('Results were published online by the New England Journal of Medicine.')).toEqual(['New England Journal of Medicine']);
    expect(cited('Combat soldiers show similar activity (Current Biology, DOI: 10.1016/j.cub.2011.10.015).')).toEqual(['Current Biology']);
  });

  it('reads "today\'s X", a weekday\'s edition, a short day in brackets and a dash after the name', () => {
    expect(cited("A study published in today's Neurology shows people eat more fish.")).toEqual(['Neurology']);
    expect(cited("Their findings appear in Tuesday's edition of the Journal of Bone Health.")).toEqual(['Journal of Bone Health']);
    expect(cited('The study, published today (THUR) in The Lancet and part funded by the council, found a fall.')).toEqual(['The Lancet']);
    expect(cited('Two countries - says the report, published online in The Lancet - now lead.')).toEqual(['The Lancet']);
    expect(cited('The findings are published today in The Lancet medical journal online.')).toEqual(['The Lancet']);
  });

  it('takes no publisher, no place after "a study in", and no words that only describe the journal', () => {
    expect(cited('The study was published by Elsevier in a new series.')).toEqual([]);
    expect(cited('The book was published by Penguin Random House last year.')).toEqual([]);
    expect(cited('Writing in the British Medical journal, the research team said so.')).toEqual([]);
    expect(cited('The drug was tested in a study in Lagos, the authors reported.')).toEqual([]);
  });
});

describe('unknown journals: what the words after a name say', () => {
  it('reads a name a publisher follows, a title ending in a field and a subtitle after a colon', () => {
    expect(cited('The paper was in Moor Dynamics, published by Elsevier.')).toEqual(['Moor Dynamics']);
    expect(cited('Writing in Mire Ecology, the team said the bogs shrink.')).toEqual(['Mire Ecology']);
    expect(cited('The work appears in the Journal of Mires: Carbon and Water, the team said.')).toEqual(['Journal of Mires: Carbon and Water']);
  });

  it('reads German journal words before a name', () => {
    const de = (text: string) => findJournalMentions(splitSentences(text, 'de'), 'de', NONE).map((m) => m.name);
    expect(de('Die Forscher berichten in der Fachzeitschrift Moorforschung und Klima über die Ergebnisse.')).toEqual(['Moorforschung und Klima']);
    expect(de('Die Studie erschien im Fachblatt Torfwissenschaft.')).toEqual(['Torfwissenschaft']);
    expect(de('Das Team schreibt im Journal Peat Ecology Letters, dass die Moore schrumpfen.')).toEqual(['Peat Ecology Letters']);
  });

  it('takes no union, no person and no quote after a colon', () => {
    expect(cited('The findings were reported in the Soviet Union in 1985.')).toEqual([]);
    expect(cited('The study, published in Science: Jane Roe said it was small.')).toEqual(['Science']);
  });
});
