import { describe, expect, it } from 'vitest';
import { cutFrom, dropInlineTeasers, isInlineTeaser, isRelatedHeading, relatedListStart } from './related';

const STORY = Array.from({ length: 6 }, (_, i) =>
  `Paragraph ${i + 1} of the story: the engineers tested the new turbine blade in a wind tunnel for three weeks and compared it with the old design, measuring how much power each one made at every wind speed they tried.`,
);
const TEASERS = [
  'A Comet Older Than the Sun Is Passing Earth This Week — Here Is How to See It',
  'A Comet Older Than the Sun Is Passing Earth This Week — Here Is How to See It',
  'Astronomers at a mountain observatory in Chile tracked the icy visitor for months before it swung round and headed for…',
  'Why Your Sourdough Starter Smells Like Nail Polish, According to Microbiologists',
];

describe('isRelatedHeading', () => {
  it('knows the headings of lists of other stories, in English and German, with their decorations', () => {
    for (const h of ['More Health Stories', '✨ You Might Also Like', 'Related:', 'Recommended for you', 'Read next', 'Most read', 'Mehr zum Thema', 'Lesen Sie auch', 'Das könnte Sie auch interessieren', 'Weitere Artikel'])
      expect(isRelatedHeading(h), h).toBe(true);
  });
  it('does not take a sentence or a story subhead for one', () => {
    for (const h of ['More research is needed', 'Related to this, the team measured the blades again.', 'Why this matters', 'Read more: How turbines got so big', 'The results'])
      expect(isRelatedHeading(h), h).toBe(false);
  });
});

describe('relatedListStart', () => {
  it('finds the heading of teasers at the end of the story', () => {
    expect(relatedListStart([...STORY, 'More Science Stories', ...TEASERS])).toBe(STORY.length);
  });
  it('leaves a section of full paragraphs under such a heading', () => {
    expect(relatedListStart([...STORY, 'Related research', ...STORY])).toBe(-1);
  });
  it('leaves a heading that opens the text, or has nothing after it', () => {
    expect(relatedListStart(['Related', ...TEASERS, ...STORY])).toBe(-1);
    expect(relatedListStart([...STORY, 'More Science Stories', TEASERS[0]])).toBe(-1);
  });
});

describe('cutFrom', () => {
  it('removes the heading and everything after it in document order, at any depth', () => {
    document.body.innerHTML = `<div id="root"><section><p>Story one.</p><div><h3>More Stories</h3><ul><li>Teaser</li></ul></div><p>After, nested.</p></section><p>After, outside.</p></div>`;
    const root = document.getElementById('root')!;
    expect(cutFrom(root, 'More Stories')).toBe(true);
    expect(root.textContent).toBe('Story one.');
  });
  it('cuts at the given occurrence of the same text', () => {
    document.body.innerHTML = `<div id="root"><p>Related</p><p>Story.</p><h2>Related</h2><p>Teaser.</p></div>`;
    const root = document.getElementById('root')!;
    expect(cutFrom(root, 'Related', 1)).toBe(true);
    expect(root.textContent).toBe('RelatedStory.');
  });
});

describe('teaser lines inside the story', () => {
  it('knows a label and a headline of another story, in English and German', () => {
    for (const line of [
      'READ MORE: New pill reverses ageing in mice, scientists say',
      'Read more: Can smartphones replace your GP? New apps put specialist knowledge in patients’ pockets',
      'RELATED: Drug trial in 300 patients shows blood pressure benefit',
      'MORE: Ten ways to sleep better tonight',
      'SEE ALSO: How to let your staff work from the beach',
      'Lesen Sie auch: Neue Pille verjüngt Mäuse',
      'Mehr zum Thema | Wie Zecken Allergien auslösen…',
    ])
      expect(isInlineTeaser(line), line).toBe(true);
  });

  it('leaves the story’s own sentences that open with such a word', () => {
    for (const line of [
      'Related: the team also measured how fast the blades wore down over the three weeks.',
      'More: the results held in every age group.',
      'Read more about the trial at the hospital’s website, where the full protocol is published.',
      'Importantly: the study was small.',
      'READ MORE',
    ])
      expect(isInlineTeaser(line), line).toBe(false);
  });

  it('removes the whole block, wrapper and all, and nothing else', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>First paragraph of the story.</p><div class="t"><p><strong>READ MORE:</strong> <a href="/x">Mice live longer on a pill</a></p></div><p>Second paragraph.</p>';
    expect(dropInlineTeasers(root, ['First paragraph of the story.', 'READ MORE: Mice live longer on a pill', 'Second paragraph.'])).toBe(1);
    expect(root.innerHTML).toBe('<p>First paragraph of the story.</p><p>Second paragraph.</p>');
  });
});

