// @vitest-environment node
// Words in another sense or inside a name are not glossary terms: small stories of our own.
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from './index';
import { createGlossaryMatcher } from './matcher';
import type { GlossaryEntry } from './types';

const createMatcher = (entries: GlossaryEntry[]) => {
  const m = createGlossaryMatcher(entries);
  return (text: string) => m.find(text);
};
const full = createGlossaryMatcher(ALL_ENTRIES);
const findGlossaryTerms = (text: string) => full.find(text);

const terms = (text: string) => findGlossaryTerms(text).map((h) => h.term);

describe('idioms and other senses', () => {
  it('does not read "miscarriage of justice" as a pregnancy loss', () => {
    const story =
      'Lawyers for the two men called the verdict a miscarriage of justice. The appeal court will hear the case in May. ' +
      'Campaigners said earlier miscarriages of justice had taken decades to overturn.';
    expect(terms(story)).not.toContain('miscarriage');
    expect(terms('The drug did not raise the risk of miscarriage in the first trimester.')).toContain('miscarriage');
  });

  it('does not read the tennis tour as the energy molecule', () => {
    const story =
      'She qualified for the ATP Finals after a strong season. The ATP Tour moves to Asia next month. ' +
      'Her coach said the ATP rankings do not tell the whole story.';
    expect(terms(story)).not.toContain('ATP');
    expect(terms('Muscle cells ran short of ATP, the molecule that carries energy.')).toContain('ATP');
  });

  it('lets an entry list phrases in which its words mean something else', () => {
    const m = createMatcher([{ term: 'plaque', field: 'medicine', definition: 'A fatty build-up.', notIn: ['commemorative plaque', 'blue plaque'] }]);
    expect(m('A blue plaque marks the house. A commemorative plaque went up.').map((h) => h.term)).toEqual([]);
    expect(m('Plaque built up in the arteries.').map((h) => h.term)).toEqual(['plaque']);
  });
});

describe('fields inside job titles and names', () => {
  it('does not explain a field named in a job title', () => {
    const story =
      'The results surprised Jane Roe, a professor of cardiology at a university in Ohio, who was not involved. ' +
      'Her colleague, the chief of oncology at the same hospital, agreed. ' +
      'Sam Lee, associate professor of medicine and epidemiology, called for a larger study. ' +
      'The director of medical oncology there was cautious too.';
    const found = terms(story);
    for (const t of ['cardiology', 'oncology', 'epidemiology']) expect(found).not.toContain(t);
  });

  it('does not explain a field that is part of a journal, society, department or event name', () => {
    const story =
      'The study appeared in the Journal of Immunology on Tuesday and was presented at the American Society of Clinical Oncology meeting. ' +
      'Researchers at the Department of Oncology in Oxford led the work, with help from the Institute of Neurology. ' +
      'Earlier results were published in the journal Neurology and in The Lancet Oncology.';
    const found = terms(story);
    for (const t of ['immunology', 'oncology', 'neurology']) expect(found).not.toContain(t);
  });

  it('still explains the same words used as ordinary words, in headlines and at the start of a sentence', () => {
    const story =
      'New Drug Shows Promise Against Heart Failure\n\n' +
      'Oncology has changed fast. Doctors in cardiology and neurology now test drugs on smaller groups. ' +
      'Patients with heart failure took part.';
    const found = terms(story);
    for (const t of ['oncology', 'cardiology', 'neurology', 'heart failure']) expect(found).toContain(t);
  });

  it('in a headline, skips a field only right beside a name word', () => {
    expect(terms('Department of Oncology Opens New Clinic\n\nThe clinic opened on Monday.')).not.toContain('oncology');
    expect(terms('Oncology Nurses Win New Pay Deal\n\nThe deal was signed on Monday.')).toContain('oncology');
  });

  it('reads a capitalised term after a possessive as the term', () => {
    expect(terms("The lab used the institute's High-Throughput Screening to test 20,000 compounds.")).toContain('high-throughput screening');
  });

  it('still matches names the glossary writes as names', () => {
    const found = terms('The Food and Drug Administration approved it, and the World Health Organization agreed.');
    expect(found).toEqual(expect.arrayContaining(['FDA', 'WHO']));
  });
});
