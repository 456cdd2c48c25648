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

  it('opens a tip on a tap, closes it on a second tap, and on a tap outside (no hover on a touch screen)', () => {
    document.body.innerHTML = '<header><h1>Title</h1></header><article><p>Half got a placebo.</p></article>';
    const root = document.querySelector('article')!;
    markTerms(root, [hit]);
    const stop = enableTermTips(root);
    const dfn = root.querySelector<HTMLElement>('dfn.caveat-term')!;
    const wrap = dfn.parentElement!;
    const tap = (el: Element) => {
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    };
    const open = () => document.activeElement === dfn && !wrap.classList.contains('caveat-tip-dismissed');
    tap(dfn);
    expect(open()).toBe(true);
    tap(dfn);
    expect(open()).toBe(false);
    tap(dfn);
    expect(open()).toBe(true);
    tap(document.querySelector('h1')!);
    expect(open()).toBe(false);
    stop();
    tap(dfn);
    expect(open()).toBe(false);
  });

  it('moves a tip that would run past the right edge back inside the window, never past the left edge', async () => {
    document.body.innerHTML = '<article><p>Half got a placebo.</p></article>';
    const root = document.querySelector('article')!;
    markTerms(root, [hit]);
    enableTermTips(root);
    const dfn = root.querySelector<HTMLElement>('dfn.caveat-term')!;
    const tip = root.querySelector<HTMLElement>('.caveat-tip')!;
    Object.defineProperty(document.documentElement, 'clientWidth', { value: 360, configurable: true });
    const place = async (left: number, width: number) => {
      tip.getBoundingClientRect = () => ({ left, right: left + width, width, top: 0, bottom: 40, height: 40, x: left, y: 0, toJSON: () => ({}) });
      dfn.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return tip.style.getPropertyValue('left');
    };
    expect(await place(200, 288)).toBe('-136px'); // 200 + 288 - (360 - 8)
    expect(await place(60, 350)).toBe('-52px'); // would need 58, but only 52 px lie left of it: stops 8 px from the edge
    expect(await place(20, 200)).toBe(''); // fits: stays under its word
    // A tap brings mouseover, focus and click at once: the tip is placed once, from where its word puts it.
    let measured = 0;
    tip.getBoundingClientRect = () => {
      measured++;
      const left = 200 + (parseFloat(tip.style.getPropertyValue('left')) || 0);
      return { left, right: left + 288, width: 288, top: 0, bottom: 40, height: 40, x: left, y: 0, toJSON: () => ({}) };
    };
    dfn.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    dfn.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    expect(tip.style.getPropertyValue('left')).toBe('-136px');
    expect(measured).toBe(1); // a second placement would measure the moved tip and undo the move
  });
});
