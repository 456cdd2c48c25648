// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { animalSpecies } from './species';

describe('animalSpecies', () => {
  it('names the animal the deciding sentences mention most', () => {
    expect(animalSpecies(['In mouse models, the cells lasted longer.', 'Treated mice lived longer than rats given nothing.'])).toBe('mice');
    expect(animalSpecies(['The drug was tested in macaques.'])).toBe('monkeys');
    expect(animalSpecies(['Zebrafish larvae regrew their fins.'])).toBe('zebrafish');
  });

  it('says nothing when no species is named', () => {
    expect(animalSpecies(['The animals were given the compound daily.'])).toBeUndefined();
    expect(animalSpecies([])).toBeUndefined();
  });

  it('does not count words that merely contain a species name', () => {
    expect(animalSpecies(['The ratio of doses and the pigment changed.'])).toBeUndefined();
  });
});
