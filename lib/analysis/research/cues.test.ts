import { describe, expect, it } from 'vitest';
import { STUDY_CUES } from './cues';
import { de } from '../../text/de-regex';

const cue = (id: string) => {
  const found = STUDY_CUES.find((c) => c.id === id);
  if (!found) throw new Error(`no cue ${id}`);
  return found;
};
const hits = (id: string, text: string) => [...text.matchAll(cue(id).en)].map((m) => m[0]);
const hitsDe = (id: string, text: string) => [...text.matchAll(de(cue(id).de ?? ''))].map((m) => m[0]);

describe('study cues', () => {
  it('every cue has a unique id and a global English pattern', () => {
    const ids = STUDY_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of STUDY_CUES) expect(c.en.flags).toContain('g');
  });

  it('reads animals beyond the lab species that a study feeds, doses or allocates, and a farm trial as no human trial', () => {
    expect(hits('an.handled', 'For the study, 1,440 hens were randomly allocated to pens.')).toHaveLength(1);
    expect(hits('an.handled', 'The team exposed half of the bumblebee colonies to the fungicide.')).toHaveLength(1);
    expect(hits('an.handled', 'Cats fed the renal diet lived longer.')).toHaveLength(1);
    expect(hitsDe('an.handled', 'Die Hälfte der Völker wurde per Los Feldern zugeteilt.')).toHaveLength(1);
    expect(hitsDe('an.handled', 'Die Forschenden fütterten die Bienen mit Zuckerwasser.')).toHaveLength(1);
    // Animals watched, not handled.
    expect(hits('an.handled', 'Volunteers counted birds in their gardens every winter.')).toHaveLength(0);
    expect(hits('ht.trial', 'A farm trial and a field trial of wheat; a veterinary trial.')).toHaveLength(0);
    expect(hits('ht.trial', 'The trial enrolled 300 patients.')).toHaveLength(1);
  });

  it('reads German cues in the singular, for "das Team", "die Gruppe" or one researcher', () => {
    expect(hitsDe('le.built', 'Das Team entwickelte dafür neue Spiegelbeschichtungen.')).toHaveLength(1);
    expect(hitsDe('le.built', 'Die Forscherin hat einen neuen Detektor gebaut.')).toHaveLength(1);
    expect(hitsDe('ob.examined-n', 'Das Team befragte 2.400 Erwachsene in Bayern.')).toHaveLength(1);
    expect(hitsDe('os.gathered', 'Die Gruppe sammelte Proben aus 40 Seen.')).toHaveLength(1);
    expect(hitsDe('ma.reviewed-studies', 'Das Team wertete 31 Studien aus.')).toHaveLength(1);
  });

  it('reads studies gathered and combined in plain words, and a literature surveyed', () => {
    expect(hits('ma.reviewed-studies', 'They gathered 97 randomized trials and combined the results.')).toHaveLength(1);
    expect(hits('ma.reviewed-studies', 'A team spent two years combing through two decades of studies on sleep.')).toHaveLength(1);
    expect(hits('ma.analysis-of-n', 'When you stack the trials up side by side, walking holds its own.')).toHaveLength(1);
    expect(hitsDe('ma.reviewed-studies', 'Die Gruppe sammelte 40 ältere Studien zum Thema.')).toHaveLength(1);
    expect(hits('rv.review-article', 'The panel reviewed two decades of literature on ocean oxygen.')).toHaveLength(1);
    expect(hitsDe('rv.review-article', 'Wir haben die Literatur der letzten zwei Jahrzehnte gesichtet.')).toHaveLength(1);
  });

  it('reads a counted set of studies gone through or combined, whatever the words between', () => {
    expect(hits('ma.gathered-n', 'A pharmacologist in Oslo reviewed 11 placebo-controlled trials of the nasal spray.')).toHaveLength(1);
    expect(hits('ma.gathered-n', 'The authors looked at 32 existing studies of school gardens.')).toHaveLength(1);
    expect(hits('ma.gathered-n', 'The team re-examined data from six randomised trials run in the 1990s.')).toHaveLength(1);
    expect(hits('ma.gathered-n', 'Their paper brings together 27 studies from nine countries.')).toHaveLength(1);
    expect(hits('ma.gathered-n', 'They combined data from 210 field experiments on wheat.')).toHaveLength(1);
    expect(hits('ma.gathered-n', 'The review covered 58 studies with 90,000 drivers.')).toHaveLength(1);
    expect(hits('ma.gathered-n', 'Researchers gathered every study they could find on noise and sleep.')).toHaveLength(1);
    expect(hitsDe('ma.gathered-n', 'Ein Team aus Kiel hat 23 Studien zu Lärm und Schlaf ausgewertet.')).toHaveLength(1);
    expect(hitsDe('ma.gathered-n', 'Sie fassten die Messwerte aus allen neun Studien zusammen.')).toHaveLength(1);
    expect(hitsDe('ma.gathered-n', 'Die Daten stammen von Menschen, die an acht Studien des Herstellers teilgenommen hatten.')).toHaveLength(1);
    // One study, two trials of a drug, experiments the team ran itself: no counted set gone through.
    expect(hits('ma.gathered-n', 'The team looked at 2,000 patients in one hospital.')).toHaveLength(0);
    expect(hits('ma.gathered-n', 'The drug was tested in two late-stage trials.')).toHaveLength(0);
    expect(hits('ma.gathered-n', 'They ran five experiments with volunteers.')).toHaveLength(0);
    expect(hitsDe('ma.gathered-n', 'Das Team hat 23 Mäuse untersucht.')).toHaveLength(0);
  });

  it('reads a review named as such, or a journal of reviews, but not peer review or a review of counted studies', () => {
    expect(hits('rv.a-review', 'Two geologists argue in a new review that the estimates are too high.')).toHaveLength(1);
    expect(hits('rv.a-review', 'The review concludes that the method works only in dry climates.')).toHaveLength(1);
    expect(hits('rv.a-review', 'The team looked at trends in childhood obesity since 1990.')).toHaveLength(0);
    expect(hits('rv.a-review', 'It appears in Annual Review of Materials Research this week.')).toHaveLength(1);
    expect(hitsDe('rv.a-review', 'Die Übersicht erscheint im Fachjournal Nature Reviews Physics.')).toHaveLength(2);
    expect(hits('rv.a-review', 'The paper has not yet passed peer review.')).toHaveLength(0);
    expect(hits('rv.a-review', 'A review of 31 studies found a small effect.')).toHaveLength(0);
    expect(hits('rv.a-review', 'The results were presented to a review board.')).toHaveLength(0);
    expect(hits('rv.a-review', 'A systematic review found the same.')).toHaveLength(0);
  });

  it('reads a case written up in a journal of case reports, or doctors telling how one patient fell ill', () => {
    expect(hits('cr.written-up', 'The case appears in the journal Clinical Case Reports this month.')).toHaveLength(1);
    expect(hits('cr.written-up', 'Surgeons have described how a farmer lost the feeling in both hands.')).toHaveLength(1);
    expect(hitsDe('cr.written-up', 'Die Ärztinnen haben den ungewöhnlichen Fall nun ausführlich beschrieben.')).toHaveLength(1);
    expect(hitsDe('cr.written-up', 'Der Bericht erschien in BMJ Case Reports.')).toHaveLength(1);
    // Case reports as a kind of evidence, talked about in general.
    expect(hits('cr.written-up', 'At the bottom of the pyramid sit anecdotes and case reports.')).toHaveLength(0);
    expect(hits('cr.written-up', 'The authors describe how the trial was run.')).toHaveLength(0);
  });

  it('reads records of natural events gathered over years as an observation of nature', () => {
    expect(hits('os.event-records', 'The team analysed 75 years of tornado reports and a catalogue of 5,000 earthquakes.')).toHaveLength(2);
    expect(hitsDe('os.event-records', 'Die Forschenden haben alle Tornado-Berichte aus Deutschland ausgewertet.')).toHaveLength(1);
    expect(hits('os.event-records', 'Patients reported storms of symptoms.')).toHaveLength(0);
  });

  it('reads qualitative research and people counted by their role as a study of people observed', () => {
    expect(hits('ob.qualitative', 'A qualitative study based on in-depth interviews with 34 family carers.')).toHaveLength(2);
    expect(hits('ob.qualitative', 'The team ran six focus groups.')).toHaveLength(1);
    expect(hitsDe('ob.qualitative', 'Die Forschenden führten Leitfadeninterviews mit 30 Angehörigen.')).toHaveLength(1);
    expect(hits('ob.qualitative', 'She gave interviews to the press.')).toHaveLength(0);
    expect(hits('ob.examined-n', 'The pair interviewed 34 spouses, partners and adult children.')).toHaveLength(1);
  });

  it('reads allocation to treatments without the word "random": people and patients, counted or not', () => {
    expect(hits('ht.assign-participants', 'The team assigned 214 patients with hip pain to one of two treatments.')).toHaveLength(1);
    expect(hits('ht.assign-participants', 'Researchers assigned 351 people with torn cartilage to surgery or therapy.')).toHaveLength(1);
    expect(hits('ht.assign-participants', 'They assigned older adults to walking groups.')).toHaveLength(1);
    // A case assigned to a judge, a number assigned to a gene: no people, no trial.
    expect(hits('ht.assign-participants', 'The case was assigned to a judge, and each gene was assigned a number.')).toHaveLength(0);
  });

  it('reads a single patient told by age alone and a case the doctors wrote up, in English and German', () => {
    expect(hits('cr.aged', 'The 67-year-old from Leeds had been taking it for months.')).toHaveLength(1);
    expect(hits('cr.aged', 'A 45-year-old study of nurses and the 30-year-old trial still shape advice.')).toHaveLength(0);
    expect(hits('cr.case-report', 'Her doctors have now described the case in the journal.')).toHaveLength(1);
    expect(hits('cr.case-report', 'Officials reported the case to the state on Friday.')).toHaveLength(0);
    expect(hitsDe('cr.aged', 'Der 71-jährige Rentner hatte die Pilze gegessen.')).toHaveLength(1);
    // German ages also come as words ("ein 47 Jahre alter Bergsteiger") or, in the tabloid way, after an initial.
    expect(hitsDe('cr.aged', 'Ein 47 Jahre alter Bergsteiger bekam kaum noch Luft.')).toHaveLength(1);
    expect(hitsDe('cr.aged', 'Die Ärzte beschreiben einen heute 51 Jahre alten Raumfahrer.')).toHaveLength(1);
    expect(hitsDe('cr.aged', 'Als Landwirt Hubert S. (54) seinen Acker pflügte, fand er ein Schwert.')).toHaveLength(1);
    expect(hitsDe('cr.aged', 'Ein 3.000 Jahre altes Schwert und eine 400 Jahre alte Eiche.')).toHaveLength(0);
    expect(hitsDe('cr.case-report', 'Solche Einzelfallberichte seien wichtig.')).toHaveLength(1);
    expect(hitsDe('cr.case-report', 'Die Ärzte haben den Verlauf nun in der Fachzeitschrift Clinical Toxicology geschildert.')).toHaveLength(1);
  });
});
