// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findCaveats } from './caveats';
import { storySentences } from './sentences';

describe('findCaveats', () => {
  it('finds the story’s own qualifications and skips plain sentences and the headline', () => {
    const s = storySentences({
      title: 'More research is needed, experts say',
      paragraphs: [
        'The drug worked in mice. It has not yet been tested in humans.',
        'The study was small, with only 24 patients.',
        'More research is needed before doctors use it. The team was pleased.',
      ],
    });
    expect(findCaveats(s)).toEqual([
      'It has not yet been tested in humans.',
      'The study was small, with only 24 patients.',
      'More research is needed before doctors use it.',
    ]);
  });
  it('finds "not been published" and "too early to judge"', () => {
    const s = storySentences({
      title: 'A pill cut migraines',
      paragraphs: ['The results have not been published in a journal. Experts said it was too early to judge. The pill is cheap.'],
    });
    expect(findCaveats(s)).toEqual(['The results have not been published in a journal.', 'Experts said it was too early to judge.']);
  });
  it('finds a find known from one specimen and a call for more fossils', () => {
    const s = storySentences({
      title: 'Old reptile found',
      paragraphs: ['The reptile is known from a single skeleton. More fossils would be needed to be sure. It was small.'],
    });
    expect(findCaveats(s)).toEqual(['The reptile is known from a single skeleton.', 'More fossils would be needed to be sure.']);
  });
  it('finds limits on where results hold, model assumptions, human tests still to come and years of work ahead', () => {
    const s = storySentences({
      title: 'Lab result',
      paragraphs: [
        'Organoids lack blood vessels, so the results may not hold in people.',
        'The forecasts depend on assumptions about rainfall.',
        'Human trials could begin in 2030.',
        'It will take several years to build a full-size version.',
        'The cells grew well.',
      ],
    });
    expect(findCaveats(s)).toHaveLength(4);
    expect(findCaveats(s)).not.toContain('The cells grew well.');
  });
  it('takes a limitation the new work overcomes for no caveat of it, in English and German', () => {
    const en = storySentences({
      title: 'Longer-lasting batteries',
      paragraphs: [
        'The coating directly targets the main limitation of today’s cells. Another design gets around this limitation too.',
        'One limitation of the study is that it ran for only a month.',
      ],
    });
    expect(findCaveats(en)).toEqual(['One limitation of the study is that it ran for only a month.']);
    const de = storySentences({
      title: 'Bessere Akkus',
      paragraphs: ['Die neue Beschichtung überwindet diese Einschränkung heutiger Zellen. Eine Einschränkung der Studie ist ihre kurze Dauer.'],
      lang: 'de',
    });
    expect(findCaveats(de, 'de')).toEqual(['Eine Einschränkung der Studie ist ihre kurze Dauer.']);
  });
  it('finds a retraction, work not yet reviewed by others, and a call to study more samples', () => {
    const s = storySentences({
      title: 'Findings',
      paragraphs: [
        'The journal has retracted the study.',
        'The paper has not yet been reviewed by other economists.',
        'Scientists will need to study more of the grains.',
        'The grains are old.',
      ],
    });
    expect(findCaveats(s)).toHaveLength(3);
  });
  it('finds small studies, "does not prove X is the cause" and a picture that is less clear', () => {
    const s = storySentences({
      title: 'Q and A',
      paragraphs: [
        'The evidence comes mostly from small studies.',
        'That does not prove the screens are the cause.',
        'In the tropics the picture is less clear.',
        'The picture is clear in Europe.',
      ],
    });
    expect(findCaveats(s)).toHaveLength(3);
  });
  it('finds industry funding, drop-outs that may have affected the results, and "do not show that"', () => {
    const s = storySentences({
      title: 'App trial',
      paragraphs: [
        'The trial was funded by the app’s maker.',
        'Many stopped early, which may have affected the results.',
        'The results do not show that the app is ready for clinics.',
        'The samples come from one region, so the picture may differ elsewhere.',
        'The app is free.',
      ],
    });
    expect(findCaveats(s)).toHaveLength(4);
  });
  it('finds what still falls short, years still needed and what was not disclosed', () => {
    const s = storySentences({
      title: 'Robot study',
      paragraphs: [
        'The robot still struggles on stairs.',
        'Doctors would need years of use to trust it.',
        'The firm did not say how much it would cost.',
        'The robot is blue.',
      ],
    });
    expect(findCaveats(s)).toHaveLength(3);
  });
  it('finds "is not clear", "hard to know", small trials and effects, challenges ahead, untested animals and a single find', () => {
    const s = storySentences({
      title: 'Mixed study',
      paragraphs: [
        'It is not clear whether the effect lasts.',
        'It is hard to know what the object was for.',
        'The trials were small and short.',
        'The benefit was modest.',
        'Building a full-size version will be a major challenge.',
        'The gel has not been tested in animals.',
      ],
    });
    expect(findCaveats(s)).toHaveLength(6);
    expect(findCaveats(storySentences({ title: 'Dig', paragraphs: ['Only one structure survived.', 'It is clear now.'] }))).toEqual(['Only one structure survived.']);
  });
  it('finds what may limit how widely results apply', () => {
    const s = storySentences({ title: 'Trial', paragraphs: ['All were nurses, which may limit how widely the results apply.', 'Nurses work shifts.'] });
    expect(findCaveats(s)).toEqual(['All were nurses, which may limit how widely the results apply.']);
  });
  it('finds results that may not represent a wider group', () => {
    const s = storySentences({ title: 'Survey', paragraphs: ['Few replied, so the answers may not represent all nurses.', 'Nurses replied.'] });
    expect(findCaveats(s)).toEqual(['Few replied, so the answers may not represent all nurses.']);
  });
  it('finds trends that are less certain', () => {
    const s = storySentences({ title: 'Sea', paragraphs: ['Short records make local trends less certain.', 'The sea is warm.'] });
    expect(findCaveats(s)).toEqual(['Short records make local trends less certain.']);
  });
  it('finds a weakness the authors concede, in English and German, and not a patient admitted or funding acknowledged', () => {
    const en = storySentences({
      title: 'Tea and memory',
      paragraphs: [
        'The authors acknowledge that tea drinkers may differ in other ways.',
        'The study had one weakness, researchers conceded: few men took part.',
        'Patients admitted to hospital were excluded. The authors acknowledge funding from a charity.',
      ],
    });
    expect(findCaveats(en)).toEqual(['The authors acknowledge that tea drinkers may differ in other ways.', 'The study had one weakness, researchers conceded: few men took part.']);
    const de = storySentences({
      title: 'Tee und Gedächtnis',
      paragraphs: ['Die Autorinnen räumen ein, dass Teetrinker auch anders leben. Sie geben zu bedenken, dass wenige Männer teilnahmen. Der Tee war grün.'],
      lang: 'de',
    });
    expect(findCaveats(de, 'de')).toEqual(['Die Autorinnen räumen ein, dass Teetrinker auch anders leben.', 'Sie geben zu bedenken, dass wenige Männer teilnahmen.']);
  });
});
