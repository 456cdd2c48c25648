import { describe, expect, it } from 'vitest';
import { markTerms } from '@/lib/glossary/mark';
import { enableTermTips } from './term-tips';

const hit = { term: 'placebo', definition: 'A dummy treatment.', matched: ['placebo'], count: 1, field: 'methods' as const };

describe('enableTermTips', () => {
  it('hides an open tip on Escape without moving focus, and shows it again once the word is left', () => {
    document.body.innerHTML = '<article><p>Half got a placebo.</p></article>';
    const root = document.querySelector('article')!;
    markTerms(root, [hit]);
    const stop = enableTermTips(root);
    const dfn = root.querySelector<HTMLElement>('dfn.caveat-term')!;
    const wrap = dfn.parentElement!;
    dfn.focus();
    dfn.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(wrap.classList.contains('caveat-tip-dismissed')).toBe(true);
    expect(document.activeElement).toBe(dfn);
    dfn.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(wrap.classList.contains('caveat-tip-dismissed')).toBe(false);
    stop();
    dfn.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(wrap.classList.contains('caveat-tip-dismissed')).toBe(false);
  });
});
