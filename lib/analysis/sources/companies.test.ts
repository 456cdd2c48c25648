// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testArticle, type TestArticleExtra } from '../test-article';
import { companiesIn } from './companies';
import { findSources } from './index';
import { institutionsIn } from './institutions';
import { rankInstitutions } from './rank';

const names = (s: string) => companiesIn(s).map((o) => o.name);

// The byline names the story's writer, whom Sources must leave out.
const article = (paragraphs: string[], extra: TestArticleExtra = {}) => testArticle('A story', paragraphs, { byline: 'By Sam Writer', siteName: 'News Example', ...extra });

describe('places of work named without an organisation word', () => {
  it('reads where researchers work, and appositives that say what a name is', () => {
    expect(names('Scientists at Verily, the life sciences arm of the group, built the model.')).toEqual(['Verily']);
    expect(names('The material was made at the Molecular Foundry, a nanoscience centre at a national lab.')).toEqual(['Molecular Foundry']);
    expect(names('Nutricia, a division of Dannon, sponsored the study.')).toEqual(['Nutricia']);
    expect(names('It has been developed by InSightec, which is funding the trial.')).toEqual(['InSightec']);
    expect(names('British liquid biopsy company Angle said its blood test worked.')).toEqual(['Angle']);
    expect(names('The pill is sold by its maker Laboratoires Inneov, a joint venture between L’Oreal and Nestle.')).toEqual(['Laboratoires Inneov', 'L’Oreal', 'Nestle']);
    expect(names("Scientists at Queen's are now looking at the enzyme.")).toEqual(["Queen's"]);
  });

  it('takes no place, adjective, person or partial name for a place of work', () => {
    expect(names('Researchers from China and Japan took part.')).toEqual([]);
    expect(names('Scientists at British drugmaker GlaxoSmithKline tested it.')).toEqual(['GlaxoSmithKline']);
    expect(names('Physicians at Massachusetts Eye and Ear have induced smell.')).toEqual([]);
    expect(names('It teamed up with Guide Dogs for the Blind, an organization that trains dogs.')).toEqual([]);
    expect(names('Jane Roe, a researcher in the lab, said so.')).toEqual([]);
    expect(names('Jane Roe, a division head at the hospital, said so.')).toEqual([]);
  });
});

describe('companies named without an organisation word', () => {
  it('reads a start-up named after its kind and a comma', () => {
    expect(names('The model was developed by the ECMWF and a London start-up, Cirrology AI, over two years.')).toEqual(['Cirrology AI']);
    expect(names('The consortium will work with an Oxfordshire start-up, Coilwright Magnetics, for five years.')).toEqual(['Coilwright Magnetics']);
  });

  it('finds them from the words around them', () => {
    expect(names('The spray, made by privately held Quorvex, stopped the virus in hamsters.')).toEqual(['Quorvex']);
    expect(names('That could open a large market for Denver-based Quorvex in the coming years.')).toEqual(['Quorvex']);
    expect(names('Tallowin, a biotech firm in Leeds, paid for part of the work.')).toEqual(['Tallowin']);
    expect(names('The scientists worked with Tallowin, a biotech firm in Leeds, on the compound.')).toEqual(['Tallowin']);
    expect(names('The lab worked with a hardware firm called PellaWorks on the sensors.')).toEqual(['PellaWorks']);
    expect(names('The scientists teamed up with the drugmaker Tallowin and with Brunnhof AG on the compound.')).toEqual(['Tallowin', 'Brunnhof AG']);
    expect(names('“It is early days,” said Ana Roe, chief executive of Quorvex, on Monday.')).toEqual(['Quorvex']);
  });

  it('does not take people, dates or openers for companies', () => {
    expect(names('Jane Roe, a company spokesperson, declined to comment on the data.')).toEqual([]);
    expect(names('Jane Roe, the founder of a biotech firm, was not involved in the work.')).toEqual([]);
    expect(names('Meanwhile, a company that makes home tests said it would look at the data.')).toEqual([]);
    expect(names('The company Tuesday said it would ask regulators for approval.')).toEqual([]);
    expect(names('Mindfulness-based Coping With Exams: A Pilot Study Of Students In Two Colleges.')).toEqual([]);
  });

  it('reads German company words, and a name of several words only up to its legal form', () => {
    const de = (s: string) => companiesIn(s, [], true).map((o) => o.name);
    expect(de('Den Prototyp baute die Würzburger Firma Lithera Recycling GmbH.')).toEqual(['Lithera Recycling GmbH']);
    expect(de('Das Münchner Start-up QuantumFrontiers lieferte die Laser.')).toEqual(['QuantumFrontiers']);
    expect(de('Das Geld kam vom Tübinger Unternehmen CureVac, das die Studie bezahlte.')).toEqual(['CureVac']);
    expect(de('Beteiligt war auch der Pharmakonzern Bayer.')).toEqual(['Bayer']);
    expect(de('Die Hanse Orbital GmbH baute den Satelliten.')).toEqual(['Hanse Orbital GmbH']);
    // A German noun after a company word is no name: every noun has a capital.
    expect(de('Er sagt, dass das Unternehmen Anfang 2027 einen Antrag stellen will.')).toEqual([]);
    expect(de('Laut dem Hersteller Hautreizungen selten auftreten, wie die Firma Finanzen offenlegt.')).toEqual([]);
    // A German sentence has many capitals without being a headline in title case.
    expect(de('Die Forschenden der Universität Bonn und der Firma Brunnhof AG testeten den Wirkstoff.')).toEqual(['Brunnhof AG']);
  });

  it("reads a body's short name after its kind, in capitals or coined, not a plain word", () => {
    const de = (s: string) => companiesIn(s, [], true).map((o) => o.name);
    expect(de('Beteiligt waren zudem Fachleute des französischen Geologiedienstes BRGM.')).toEqual(['BRGM']);
    expect(de('Er ist Sprecher des Exzellenzclusters QuantumFrontiers, in dem die Arbeiten angesiedelt sind.')).toEqual(['QuantumFrontiers']);
    expect(names('The French food agency ANSES reviewed the same data.')).toEqual(['ANSES']);
    expect(de('Das Institut Daten aus zehn Ländern auswertete, blieb offen.')).toEqual([]);
    expect(names('The agency said the risk was small.')).toEqual([]);
  });

  it('lists them after the institutions named for the work', () => {
    const inst = (paragraphs: string[]) => findSources(article(paragraphs)).filter((s) => s.kind === 'institution').map((s) => s.name);
    expect(inst([
      'In the study, the spray, made by privately held Quorvex, stopped the virus in hamsters.',
      'The study was run at the Quarry Institute, and its findings were shared with Jane Roe, a virologist at the University of Leeds.',
    ])).toEqual(['University of Leeds', 'Quarry Institute', 'Quorvex']);
  });

  it('merges a company with its fuller name before the list is capped, keeping the fuller one', () => {
    const sentences = ['Jane Roe, a cofounder of Quorvex, said the spray worked.', 'Quorvex Biologics plans a human trial next year.'];
    const orgs = sentences.map((s, i) => (i === 0 ? companiesIn(s) : institutionsIn(s)));
    const ranked = rankInstitutions(sentences, orgs, { text: sentences.join(' '), affiliations: new Set(), skip: () => false });
    expect(ranked.map((s) => s.name)).toEqual(['Quorvex Biologics']);
  });
});
