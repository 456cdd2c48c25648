// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { institutionsIn } from './institutions';
import { peopleIn } from './people';

const names = (s: string) => peopleIn(s).map((p) => p.name);

describe('researchers in a sentence', () => {
  it('reads roles and affiliations from the appositive', () => {
    const [p] = peopleIn('“It works,” said Jane Roe, the study’s lead author and a biologist at Stanford University.');
    expect(p).toMatchObject({ name: 'Jane Roe', role: 'lead author', affiliation: 'Stanford University', strong: true });
    const [q] = peopleIn('Tom Ode, an epidemiologist at the University of Leeds who was not involved in the study, urged caution.');
    expect(q).toMatchObject({ name: 'Tom Ode', role: 'not involved in the study' });
  });

  it('reads a name with a lower-case particle once, after a job word and a title, and a dentist as a scientist', () => {
    expect(names('Co-investigator Dr Marieke ter Horst of ACTA added that the team chose the design.')).toEqual(['Marieke ter Horst']);
    expect(names('"It held up," said Dr Jan de Vries of the University of Leeds.')).toEqual(['Jan de Vries']);
    expect(names('Marieke ter Horst, a dentist at ACTA, said the team chose the design.')).toEqual(['Marieke ter Horst']);
  });

  it('reads German doctorates with their faculty, an age before an academic post, and a mathematician before a name', () => {
    expect(peopleIn('Die Schlafmedizinerin Dr. med. Andrea Tschopp-Gasser vom Kantonsspital Aarau findet die Resultate wichtig.', undefined, { de: true }).map((p) => p.name)).toEqual(['Andrea Tschopp-Gasser']);
    expect(names('Ilse Marenko-Voigt, 47, a professor at the University of Bonn, will receive the prize.')).toEqual(['Ilse Marenko-Voigt']);
    expect(names('German mathematician Ilse Marenko-Voigt has won the prize.')).toEqual(['Ilse Marenko-Voigt']);
    // An age before a job that is no academic post may be a patient's.
    expect(names('Mary Jones, 54, a nurse from Leeds, said the drug helped her.')).toEqual([]);
  });

  it('reads "Dr.-Ing." and takes no job word before a title for a name', () => {
    expect(peopleIn('„Unser Ziel ist kein Ersatz“, betont Projektleiter Prof. Dr.-Ing. Tobias Rehkopf.', undefined, { de: true }).map((p) => p.name)).toEqual(['Tobias Rehkopf']);
    expect(names('Astrophysicist Dr Ana Ruiz said the star was young.')).toEqual(['Ana Ruiz']);
  });

  it("reads a German reference line's author list", () => {
    expect(peopleIn("Originalpublikation: Siobhan O'Connell, Lukas Wetterauer, Peter Hasselbach: Lipid nanoparticles deliver mRNA. Nature Nanotechnology (2026).", undefined, { de: true }).map((p) => p.name)).toEqual(["Siobhan O'Connell", 'Lukas Wetterauer', 'Peter Hasselbach']);
  });

  it('takes no German institution words for a name', () => {
    expect(peopleIn('Prof. Dr. Hartwig Enzensperger vom Institut für Ur- und Frühgeschichte und Archäologie des Mittelalters der Universität Tübingen betont, dass die Ergebnisse passen.', undefined, { de: true }).map((p) => p.name)).toEqual(['Hartwig Enzensperger']);
  });

  it("reads a paper's author list with affiliation numbers, and no pair of product names", () => {
    expect(names('Ruairi Blenkinsop1, Hana Kobayashi1, Oyelaran T. Adewumi1,2, Kasia Wróblewska3*')).toEqual(['Ruairi Blenkinsop', 'Hana Kobayashi', 'Oyelaran T. Adewumi', 'Kasia Wróblewska']);
    expect(names('The lab tested Model X 3, Model Y 5 and found both wanting.')).toEqual([]);
  });

  it('reads titles, credentials and author lists', () => {
    expect(names('Dr. Mei-Ling Chen and colleagues tested the drug.')).toEqual(['Mei-Ling Chen']);
    expect(names('Other authors include Ana B. Lopez, Kofi Mensah and Eisuke Segawa.')).toEqual(['Ana B. Lopez', 'Kofi Mensah', 'Eisuke Segawa']);
  });

  it('does not take patients, places or sentence openers for scientists', () => {
    expect(names('“I feel better,” said Maria Gomez, 54, of Austin.')).toEqual([]);
    expect(names('New York City officials said the rules would change.')).toEqual([]);
    expect(names('Patient Joan Blake said the research gave her hope.')).toEqual([]);
  });
});

describe('institutions in a sentence', () => {
  it('finds named organisations and keeps their full names', () => {
    const found = institutionsIn("Scientists at Brigham and Women's Hospital and the University of California, San Diego worked with NASA.").map((i) => i.name);
    expect(found).toEqual(["Brigham and Women's Hospital", 'University of California, San Diego', 'NASA']);
  });

  it('stops at places and possessives', () => {
    expect(institutionsIn('She works at Albert Einstein College of Medicine in New York.').map((i) => i.name)).toEqual(['Albert Einstein College of Medicine']);
    expect(institutionsIn('the University of Pennsylvania’s Perelman School of Medicine').map((i) => i.name)).toEqual(['University of Pennsylvania', 'Perelman School of Medicine']);
  });

  it('ignores ordinary phrases', () => {
    expect(institutionsIn('Mental Health matters, the report said.')).toEqual([]);
  });
});

describe('names that are not scientists', () => {
  it('skips an event after an ordinal and a company chief executive', () => {
    expect(names('She will present the results at the 78th Scientific Sessions of the American Diabetes Association in June.')).toEqual([]);
    expect(names('“We have not run a randomised trial,” says company chief executive Tomas Vell, who founded the firm.')).toEqual([]);
  });

  it('skips executives, spokespeople and officials named in an appositive', () => {
    expect(names('“Patients want answers,” said Rana Holt, CEO of Brightpath Health, in a statement.')).toEqual([]);
    expect(names('“It is a big market,” says Omar Vitti, a former banking executive who now runs Tessel Labs.')).toEqual([]);
    expect(names('“We are delighted,” said Gwen Parry, the charity’s director of communications.')).toEqual([]);
    expect(names('“This is a great day,” Lena Marsh, president of the foundation, said in a statement.')).toEqual([]);
    expect(names('The doctors wrote to Pia Lund, who was the acting director of the border agency, last week.')).toEqual([]);
  });

  it('skips an editor and the person a letter is addressed to', () => {
    expect(names('Edited by Carl Brook, DO, it is the main journal of the profession.')).toEqual([]);
    expect(names('In a letter to Nina Sahl, the doctors said they would give the shots for free.')).toEqual([]);
  });

  it('still takes a scientist who also runs a company or leads a lab', () => {
    expect(names('“The mice recovered,” said Dr. Rana Holt, CEO of Brightpath Bio and a professor at Leeds.')).toEqual(['Rana Holt']);
    expect(names('“It works,” said Omar Vitti, director of the Marsh Institute for Brain Research.')).toEqual(['Omar Vitti']);
    expect(names('Training the model used about 2 gigawatt-hours, estimates Rana Holt, CEO of Brightpath Bio.')).toEqual(['Rana Holt']);
  });

  it('takes no organisation for a person when the sentence treats it as one', () => {
    expect(names('Scientists at Clearwater Analytics said their study was small.')).toEqual([]);
    expect(names('Research from Bright Horizon found that the number of cases rose.')).toEqual([]);
    expect(names('Blue Harbor said its study of the drug would end in May.')).toEqual([]);
    expect(names('Blue Harbor said in its report that the trial had stopped.')).toEqual([]);
  });

  it('still takes a person before "said it" and a lab named for its head', () => {
    expect(names('Jane Roe said it was the first study of its kind.')).toEqual(['Jane Roe']);
    expect(names('Researchers from Jane Roe’s lab said the study was small.').length).toBeLessThanOrEqual(1);
  });
});

describe('German roles and groups (ninth round)', () => {
  const de = (s: string) => peopleIn(s, undefined, { de: true }).map((p) => p.name);
  it('reads a compound of a field and a profession as a role, not a photographer', () => {
    expect(de('Ilona Vukovic, Schlafmedizinerin an der Uniklinik Köln, hält die Arbeit für elegant.')).toEqual(['Ilona Vukovic']);
    expect(de('Reto Caduff-Imhof, Computerlinguist an der Zürcher Hochschule, hält das für gut.')).toEqual(['Reto Caduff-Imhof']);
    expect(de('„Das ist neu“, sagt der Kieler Ozeanograf Arne Lindgren.')).toEqual(['Arne Lindgren']);
    expect(de('Das Bild machte der Fotograf Peter Klein.')).toEqual([]);
    expect(de('Das Team um den Kardiologen Thomas Reinholdt ging die Akten von 86.000 Patienten durch.')).toEqual(['Thomas Reinholdt']);
  });
  it('reads a group of people "um" a name, however the group is named', () => {
    expect(de('Die Verfahrensingenieure von ERZ um Marco Derungs haben die Asche gemahlen.')).toEqual(['Marco Derungs']);
    expect(de('Es geht um Anna Roth.')).toEqual([]);
  });
  it('ends a name before an organisation after "von" and keeps surnames that are common words', () => {
    expect(de('Das sagte Hanna von Stetten, Geologin.')).toEqual(['Hanna von Stetten']);
    expect(de('Lorenz Zangerl von GeoSphere Austria, Geologe, hat das gemessen.')).toEqual(['Lorenz Zangerl']);
    expect(de('Sun Mei, Planetengeologin an der Universität Bern, hält die Arbeit für überzeugend.')).toEqual(['Sun Mei']);
    expect(de('Schon der Münchner Paläontologe Ludwig Strohmayer (1841–1912) hatte davon berichtet.')).toEqual([]);
    expect(names('The geologist Charles Lyell (1797-1875) described the layers.')).toEqual([]);
    expect(de('Die Analyse stammt aus der Doktorarbeit von Carla Reinsberger am Institut für Meteorologie der Freien Universität Berlin.')).toEqual(['Carla Reinsberger']);
  });
});

describe('researchers placed by a relative clause or a German list (ninth round)', () => {
  it('reads "X, who … at <institution>" as a scientist there', () => {
    expect(names('I asked Kwame Osei-Tutu, who grows kagome crystals at Rutgers University and had no part in the work.')).toEqual(['Kwame Osei-Tutu']);
    expect(names('The farmer, John Smith, who sells milk to the University of Reading, was pleased.')).toEqual([]);
  });
  it('reads a German list of names doing the research', () => {
    const de = (s: string) => peopleIn(s, undefined, { de: true }).map((p) => p.name);
    expect(de('Tschudin, Aurelio Bernasconi und Kathrin Wüthrich haben für ihre Studie ein Klimamodell verwendet.')).toEqual(['Aurelio Bernasconi', 'Kathrin Wüthrich']);
    expect(de('Anna Berg und Paul Roth haben 40 Seen untersucht.')).toEqual(['Anna Berg', 'Paul Roth']);
    expect(de('Anna Berg und Paul Roth haben sich gefreut.')).toEqual([]);
  });
});
