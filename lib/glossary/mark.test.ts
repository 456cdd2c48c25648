import { describe, expect, it } from 'vitest';
import type { GlossaryHit } from '../analysis/types';
import { hasMarks, markTerms, unmarkTerms } from './mark';

const hit = (term: string, matched: string[]): GlossaryHit => ({ term, definition: `${term} explained.`, matched, count: matched.length });

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('markTerms', () => {
  it('wraps each occurrence in an accessible dfn with a tooltip description', () => {
    const root = page('<p>The placebo group and another placebo.</p>');
    expect(markTerms(root, [hit('placebo', ['placebo'])])).toBe(2);
    const dfn = root.querySelector('dfn.caveat-term')!;
    expect(dfn.getAttribute('tabindex')).toBe('0');
    const tip = document.getElementById(dfn.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toBe('placebo: placebo explained.');
    expect(root.querySelector('p')!.textContent).toContain('The placebo');
  });

  it('skips links, headings, code, scripts, words inside other words and existing marks', () => {
    const root = page('<h2>placebo</h2><a href="#">placebo</a><code>placebo</code><script>var placebo</script><p>placebos placebo</p>');
    expect(markTerms(root, [hit('placebo', ['placebo'])])).toBe(1);
    expect(markTerms(root, [hit('placebo', ['placebo'])])).toBe(0);
  });

  it('keeps page text as text', () => {
    const root = page('<p>&lt;img src=x onerror=alert(1)&gt; viral load</p>');
    markTerms(root, [hit('viral load', ['viral load'])]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('marks only the first occurrence of each term when asked', () => {
    const root = page('<p>T cells and T cells</p>');
    expect(markTerms(root, [hit('T cell', ['T cells'])], { firstOnly: true })).toBe(1);
  });

  it('removes marks and restores the text', () => {
    const root = page('<p>Memory cells and a placebo.</p>');
    markTerms(root, [hit('memory T cell', ['Memory cells']), hit('placebo', ['placebo'])]);
    expect(hasMarks(root)).toBe(true);
    expect(unmarkTerms(root)).toBe(2);
    expect(root.innerHTML).toBe('<p>Memory cells and a placebo.</p>');
  });

  it('marks a term that runs through emphasis, quote marks and a line break in the page source', () => {
    const root = page('<p>Some become <em>effector</em> cells, others "memory"\n   cells; a few <strong>memory T</strong>\ncells.</p>');
    const hits = [hit('effector T cell', ['effector cells']), hit('memory T cell', ['"memory" cells', 'memory T cells'])];
    expect(markTerms(root, hits)).toBe(3);
    const words = [...root.querySelectorAll('dfn.caveat-term')].map((d) => d.textContent!.replace(/\s+/g, ' '));
    expect(words).toEqual(['effector cells', '"memory" cells', 'memory T cells']);
    expect(root.querySelector('dfn em')!.textContent).toBe('effector');
  });

  it('does not mark across a block, a link or a line break element', () => {
    const root = page('<p>effector</p><p>cells</p><p><a href="#">effector</a> cells</p><p>effector<br>cells</p>');
    expect(markTerms(root, [hit('effector T cell', ['effector cells'])])).toBe(0);
  });

  it('puts the markup back when the marks are removed', () => {
    const root = page('<p>Some become <em>effector</em> cells.</p>');
    markTerms(root, [hit('effector T cell', ['effector cells'])]);
    unmarkTerms(root);
    expect(root.innerHTML).toBe('<p>Some become <em>effector</em> cells.</p>');
  });

  it('gives every tip an id of its own, also when marks are made twice in one document', () => {
    const root = page('<p>placebo</p><div id="other"><p>placebo</p></div>');
    markTerms(root.querySelector('p')!, [hit('placebo', ['placebo'])]);
    markTerms(root.querySelector('#other')!, [hit('placebo', ['placebo'])]);
    const ids = [...root.querySelectorAll('.caveat-tip')].map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
  });
});
