// @vitest-environment node
// Space, physics, earth, chemistry, computing and engineering words that health stories use in another sense:
// each pair is a sentence from the science sense and one from the everyday or medical sense.
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from './index';
import { createGlossaryMatcher } from './matcher';

const full = createGlossaryMatcher(ALL_ENTRIES);
const terms = (text: string) => full.find(text, 'en').map((h) => h.term);

describe('science words in health stories', () => {
  it.each([
    ['5G network', 'Masts for the 5G network went up in the town.', 'Cut salt to less than 5g a day.'],
    ['totality', 'Crowds watched totality as the Moon hid the Sun during the eclipse.', 'The totality of the evidence favours the drug.'],
    ['virtual screening', 'Virtual screening of a million compounds found three drug leads.', 'Experts recommend virtual screening every five years for bowel cancer.'],
    ['gas flaring', 'Gas flaring at oil wells wastes energy.', 'Patients stopped the drug without flaring.'],
    ['on-device AI', 'On-device processing keeps photos on the phone.', 'The energy cutting-edge AI needs keeps growing.'],
    ['decibel', 'Noise above 85 decibels can harm hearing.', 'Up to 24 weeks after DB treatment the score fell.'],
    ['integrated circuit', 'Each integrated circuit holds billions of transistors.', 'The hippocampus is a key cog in the memory circuitry.'],
    ['business as usual', 'Under business as usual, emissions keep climbing.', 'In rare worst-case scenarios the injection causes ulcers.'],
  ])('explains %s only in its science sense', (term, science, other) => {
    expect(terms(science)).toContain(term);
    expect(terms(other)).not.toContain(term);
  });

  it('does not read "Europe" as a moon of Jupiter', () => {
    expect(terms('Children across Europe start life with the same vaccines.').filter((t) => /europ/i.test(t))).toEqual([]);
  });
});
