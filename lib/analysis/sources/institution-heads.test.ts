// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { institutionsIn } from './institutions';

const names = (s: string) => institutionsIn(s).map((i) => i.name);

describe('institutions: heads and names the scanner reads', () => {
  it('reads infirmaries, units and charities named for a person or a disease', () => {
    expect(names('Patients were treated at Aberdeen Royal Infirmary over two years.')).toEqual(['Aberdeen Royal Infirmary']);
    expect(names("Dr. Jill Roe of the hospital's Division of Gynecologic Oncology led the study.")).toEqual(['Division of Gynecologic Oncology']);
    expect(names("The figures come from the Alzheimer's Association, which funded part of the work.")).toEqual(["Alzheimer's Association"]);
    expect(names("Arthritis Research UK funded the trial, and Parkinson's UK helped.")).toEqual(['Arthritis Research UK', "Parkinson's UK"]);
    // Before other heads a possessive names the parent, not the place.
    expect(names("Stanford's Institute for Stem Cell Biology ran the tests.")).toEqual(['Stanford', 'Institute for Stem Cell Biology']);
  });

  it('reads a name with a comma list of fields, and a company with a known name before a hyphen', () => {
    expect(names('The work was funded by the Institute for Heart, Lung and Vascular Research.')).toEqual(['Institute for Heart, Lung and Vascular Research']);
    expect(names('The drug was made by Sanofi-Aventis, not by FDA-approved plants.')).toEqual(['Sanofi-Aventis']);
    expect(names('LEO Pharma and Alder Biopharmaceuticals paid for it.')).toEqual(['LEO Pharma', 'Alder Biopharmaceuticals']);
  });

  it('names the agency at the end of a sentence', () => {
    expect(names('Deaths rose by a fifth in 2023, per the WHO.')).toEqual(['WHO']);
  });

  it('splits two places joined by "and" only where a known name or a second "and" says so', () => {
    expect(names('Researchers at Massachusetts Eye and Ear and Harvard Medical School tested it.')).toEqual(['Harvard Medical School']);
    expect(names("Doctors at Dana-Farber and Boston Children's Hospital took part.")).toEqual(['Dana-Farber', "Boston Children's Hospital"]);
    expect(names('Staff at Chelsea and Westminster Hospital and the Walter and Eliza Hall Institute took part.')).toEqual(['Chelsea and Westminster Hospital', 'Walter and Eliza Hall Institute']);
    expect(names('Funding came from the Economic and Social Research Council.')).toEqual(['Economic and Social Research Council']);
  });

  it('reads a task force as a body, not the words "task force" alone', () => {
    expect(names('In a draft statement, the U.S. Preventive Services Task Force said the evidence was thin.')).toEqual(['Preventive Services Task Force']);
    expect(names('In its advice to doctors, the Canadian Task Force on Preventive Health Care disagrees with that view.')).toEqual(['Canadian Task Force on Preventive Health Care']);
    expect(names('After the report came out, the task force met again to weigh it.')).toEqual([]);
  });

  it('takes a programme named by more than ordinary words', () => {
    expect(names('The Canadian National Transplant Research Program paid for it.')).toEqual(['Canadian National Transplant Research Program']);
    expect(names('A Clinical Research Program paid for it.')).toEqual([]);
  });

  it('reads German institutions', () => {
    expect(names('Die Studie entstand am Max-Planck-Institut für Evolutionäre Anthropologie in Leipzig und am Deutschen Krebsforschungszentrum.')).toEqual([
      'Max-Planck-Institut für Evolutionäre Anthropologie',
      'Deutsches Krebsforschungszentrum',
    ]);
    expect(names('Die Technische Universität München und das Universitätsklinikum Freiburg waren beteiligt.')).toEqual(['Technische Universität München', 'Universitätsklinikum Freiburg']);
    expect(names('Forschende der Universität Bonn und der Charité werteten die Daten aus.')).toEqual(['Universität Bonn', 'Charité']);
  });
});
