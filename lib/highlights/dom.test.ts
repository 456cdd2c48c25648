import { describe, expect, it } from 'vitest';
import { markTerms } from '../glossary/mark';
import { clearHighlightMarks, drawHighlights, selectorOfRange } from './dom';
import type { Highlight } from './types';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

const hl = (sel: Omit<Highlight, 'id' | 'note' | 'color' | 'createdAt'>, id = 'h1'): Highlight => ({ ...sel, id, note: 'my note', color: 'green', createdAt: 1 });

describe('highlights in a page', () => {
  it('turns a selection across elements into a quote and draws it back in marks', () => {
    const root = body('<p>Mice given the drug   lived <em>longer</em> than others.</p><p>No people were tested.</p>');
    const range = document.createRange();
    const first = root.querySelector('p')!.firstChild as Text;
    range.setStart(first, first.data.indexOf('drug'));
    const em = root.querySelector('em')!.firstChild as Text;
    range.setEnd(em, 6);
    const sel = selectorOfRange(root, range)!;
    expect(sel.exact).toBe('drug lived longer');
    expect(sel.prefix).toBe('Mice given the ');

    expect(drawHighlights(root, [hl(sel)]).missing).toEqual([]);
    const marks = [...root.querySelectorAll('mark.caveat-hl')];
    expect(marks.map((m) => m.textContent).join('|')).toBe('drug   lived |longer');
    expect(marks[0].getAttribute('data-hl-id')).toBe('h1');
    expect(marks[0].classList.contains('caveat-hl-green')).toBe(true);

    clearHighlightMarks(root);
    expect(root.querySelectorAll('mark').length).toBe(0);
    expect(root.innerHTML).toBe('<p>Mice given the drug   lived <em>longer</em> than others.</p><p>No people were tested.</p>');
  });

  it('anchors a quote taken from differently laid out text, and reports one whose words are gone', () => {
    const root = body('<div>\n  <p>Mice given the drug lived longer\n than others.</p>\n</div>');
    const found = { exact: 'lived longer than', prefix: 'given the drug ', suffix: ' others.', start: 99 };
    const gone = { exact: 'people were tested', prefix: 'No ', suffix: '.', start: 0 };
    expect(drawHighlights(root, [hl(found), hl(gone, 'h2')]).missing).toEqual(['h2']);
    expect(root.querySelector('mark')!.textContent).toBe('lived longer\n than');
  });
});

describe('beside the glossary', () => {
  const term = { term: 'ferret', definition: 'A small animal kin to the weasel, used to study flu.', matched: ['ferrets'], count: 1 };

  it('anchors a passage in a copy whose words are marked by the glossary, and reads a selection there without the definitions', () => {
    const saved = { exact: 'vaccine into the noses of twenty ferrets', prefix: 'The team sprayed a flu ', suffix: ' and waited.', start: 0 };
    const root = body('<p>The team sprayed a flu vaccine into the noses of twenty ferrets and waited.</p>');
    markTerms(root, [term]);
    expect(root.querySelector('.caveat-tip')).not.toBeNull();
    expect(drawHighlights(root, [hl(saved)]).missing).toEqual([]);
    expect([...root.querySelectorAll('mark.caveat-hl')].map((m) => m.textContent).join('')).toBe('vaccine into the noses of twenty ferrets');

    clearHighlightMarks(root);
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 'The team sprayed a flu '.length);
    range.setEndAfter(root.querySelector('.caveat-term-wrap')!);
    const sel = selectorOfRange(root, range)!;
    expect(sel.exact).toBe('vaccine into the noses of twenty ferrets');
    expect(sel.suffix.startsWith(' and waited.')).toBe(true);
  });
});

describe('on a live page', () => {
  it('clears only the marks Caveat drew, never a page\'s own element with the same class', () => {
    const root = body('<p>Words of the page <mark class="caveat-hl">the page\'s own</mark> and more words here.</p>');
    const sel = { exact: 'more words', prefix: 'and ', suffix: ' here.', start: 0 };
    const { marks } = drawHighlights(root, [hl(sel)], []);
    expect(marks.map((m) => m.textContent)).toEqual(['more words']);
    clearHighlightMarks(root, marks);
    expect(root.querySelectorAll('mark').length).toBe(1);
    expect(root.querySelector('mark')!.textContent).toBe("the page's own");
  });
});
