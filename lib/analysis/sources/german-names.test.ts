// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { germanNominative } from './german-names';
import { institutionsIn } from './institutions';
import { peopleIn } from './people';

describe('German institutions in the nominative', () => {
  it('undoes the case the sentence puts a name in', () => {
    expect(germanNominative('Technischen Universität München')).toBe('Technische Universität München');
    expect(germanNominative('Deutschen Zentrum für Neurodegenerative Erkrankungen')).toBe('Deutsches Zentrum für Neurodegenerative Erkrankungen');
    expect(germanNominative('Max-Planck-Instituts für Bildungsforschung')).toBe('Max-Planck-Institut für Bildungsforschung');
    expect(germanNominative('Freien Universität Berlin')).toBe('Freie Universität Berlin');
    expect(germanNominative('Landesamts für Denkmalpflege')).toBe('Landesamt für Denkmalpflege');
    // Faculties and departments: "an der Medizinischen Fakultät", "des Fachbereichs Psychologie", "des Lehrstuhls für …".
    expect(germanNominative('Medizinischen Fakultät')).toBe('Medizinische Fakultät');
    expect(germanNominative('Fachbereichs Psychologie')).toBe('Fachbereich Psychologie');
    expect(germanNominative('Lehrstuhls für Tierökologie')).toBe('Lehrstuhl für Tierökologie');
  });

  it('names a faculty or department as an English story names its department', () => {
    const names = (s: string) => institutionsIn(s).map((o) => o.name);
    expect(names('sagte Studienleiterin Leonie Haberl vom Fachbereich Psychologie gegenüber der Agentur.')).toEqual(['Fachbereich Psychologie']);
    expect(names('Die Arbeitsgruppe an der Fakultät für Chemie der Universität Duisburg-Essen entwickelte den Katalysator.')).toEqual(['Fakultät für Chemie', 'Universität Duisburg-Essen']);
    expect(names('Das Team der Medizinischen Fakultät der Universität Basel wertete die Daten aus.')).toEqual(['Medizinische Fakultät', 'Universität Basel']);
  });

  it('leaves English and French names alone', () => {
    for (const n of ['National Institutes of Health', 'Institut Pasteur', 'Broad Institute', 'Jacobs University']) expect(germanNominative(n)).toBe(n);
  });

  it('reads institutions in German sentences whole and in the nominative', () => {
    const names = (s: string) => institutionsIn(s).map((i) => i.name);
    expect(names('Beteiligt waren auch Forscher des Karolinska-Instituts in Stockholm.')).toEqual(['Karolinska-Institut']);
    expect(names('Das sagt Tobias Lang von der Charité – Universitätsmedizin Berlin.')).toEqual(['Charité – Universitätsmedizin Berlin']);
    expect(names('Mitautor Felix Krüger vom Deutschen Zentrum für Neurodegenerative Erkrankungen ergänzt das.')).toEqual(['Deutsches Zentrum für Neurodegenerative Erkrankungen']);
  });
});

describe('German researchers', () => {
  it('ends a name before "von der" and the place', () => {
    const [p] = peopleIn('Das Team um Anna Wiegand von der Ludwig-Maximilians-Universität München hat die Ergebnisse veröffentlicht.', undefined, { de: true });
    expect(p?.name).toBe('Anna Wiegand');
  });

  it('reads the appositive past a dash inside a place’s name', () => {
    const [p] = peopleIn('Professor Hans Ebert, Direktor der Neurologie an der Charité – Universitätsmedizin Berlin, der nicht an der Studie beteiligt war, warnt davor.', undefined, { de: true });
    expect(p).toMatchObject({ name: 'Hans Ebert', role: 'not involved in the study' });
  });
});
