// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { institutionsIn } from './institutions';

const names = (s: string) => institutionsIn(s).map((o) => o.name);

describe('names joined by "&"', () => {
  it('takes no site section or app category for an organisation', () => {
    expect(names('The sleep app was listed third among the Health & Fitness downloads that week, and it was free.')).toEqual([]);
    expect(names('Readers can find the piece in our Science & Medicine pages, which are updated every day.')).toEqual([]);
  });

  it('keeps "&" names with an organisation word', () => {
    expect(names('She said the samples were sent to the Oregon Health & Science University lab for testing.')).toEqual(['Oregon Health & Science University']);
    expect(names('The gel was first sold by Procter & Gamble Co. in a small number of shops.')).toEqual(['Procter & Gamble Co']);
  });
});

describe('names with more than one "and"', () => {
  it('keeps a field list joined by two "and"s whole', () => {
    expect(names('Funding came in part from the National Institute of Diabetes and Digestive and Kidney Diseases last year.')).toEqual([
      'National Institute of Diabetes and Digestive and Kidney Diseases',
    ]);
    expect(names('He teaches at the Lindqvist Institute of Arts and Sciences and Technology in the north.')).toEqual([
      'Lindqvist Institute of Arts and Sciences and Technology',
    ]);
  });

  it('joins a field and a shared head, and a plural head with its places', () => {
    expect(names('The pain researcher works at Oregon Health and Science University, where she runs a clinic.')).toEqual(['Oregon Health and Science University']);
    expect(names('The team came from the Universities of Exeter and Plymouth in the south west of England.')).toEqual(['Universities of Exeter and Plymouth']);
  });

  it('still splits two names and real lists', () => {
    expect(names('The work was done at the Institute of Medicine and Vantor and Quell Research in two cities.')).toEqual(['Institute of Medicine']);
    expect(names('Scientists from Mayo Clinic and Harvard University took part in the work over two years.')).toEqual(['Mayo Clinic', 'Harvard University']);
    expect(names('The samples were shared by the University of Leeds and the Quarry Institute over two years.')).toEqual(['University of Leeds', 'Quarry Institute']);
  });
});

describe('capitalised runs that are not organisations', () => {
  it('drops slogans, job titles, common noun phrases and reference abbreviations', () => {
    expect(names('The agency’s motto, Turning Discovery Into Health, is printed at the foot of the page.')).toEqual([]);
    expect(names('“It is promising,” said the clinic’s Medical Director and head of its cancer unit in the city.')).toEqual([]);
    expect(names('This site may earn an Affiliate Commission if you buy something through the links on the page.')).toEqual([]);
    expect(names('Roe J, Doe K. Sleep and mood in students. Arch Child Ment Health 2017 Dec;20(1):129-138.')).toEqual([]);
  });

  it('keeps a name after "a" when a noun follows it, and saints in hyphenated names', () => {
    expect(names('It was a Harvard University study of nurses that first showed the link in the data.')).toEqual(['Harvard University']);
    expect(names('She was treated at Presbyterian-St. Luke’s Hospital in Denver for most of that year.')).toEqual(['Presbyterian-St. Luke’s Hospital']);
  });
  it('reads an institution between commas in a Title Case affiliation line, and nothing else there', () => {
    const names = (s: string) => institutionsIn(s).map((m) => m.name);
    expect(names('Ana B. Ruiz M.D., Lakeside University School of Medicine, Atlanta, Georgia, and Tom Lee Ph.D., Northgate Cancer Center')).toEqual([
      'Lakeside University School of Medicine',
      'Northgate Cancer Center',
    ]);
    // A headline's run of capitals is no affiliation (a known short name may still be read).
    expect(names('Harvard University Study Finds Coffee Helps Memory, Experts Say').filter((n) => /Study|Finds|Experts/.test(n))).toEqual([]);
  });
  it('keeps a possessive that is part of the name (King’s College London)', () => {
    expect(institutionsIn('The trial was run by researchers at King\'s College London and published today.').map((m) => m.name)).toEqual(["King's College London"]);
  });
});
