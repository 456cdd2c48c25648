// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { affiliationPieces } from './affiliation-pieces';

const names = (s: string) => affiliationPieces(s).map((m) => [m.name, s.slice(m.start, m.end)]);

describe('affiliationPieces', () => {
  it('reads the institution after of/at/from in a sentence of names, and a whole piece between commas', () => {
    expect(names('Lena Voss and Omar Tal of Tri-County State University.')).toEqual([['Tri-County State University', 'Tri-County State University']]);
    expect(names('Authors: Mia Osei, M.D., M.S., of Harlow Medical College, Harlow, Ohio.')).toEqual([['Harlow Medical College', 'Harlow Medical College']]);
    expect(names('Ana Ruiz M.D., Emory University School of Medicine, Atlanta')).toEqual([['Emory University School of Medicine', 'Emory University School of Medicine']]);
  });

  it('splits "X and the Y" into two, and takes no reference line for an affiliation', () => {
    expect(names('and Gia Rossi of Lakeview Medical School and the University of Florence, Florence, Italy.').map(([n]) => n)).toEqual(['Lakeview Medical School', 'University of Florence']);
    expect(names('Hindley R. The Catholic University of America.')).toEqual([]);
  });
});
