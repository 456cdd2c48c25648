/**
 * Behaviour of marked glossary words (lib/glossary/mark.ts), on a news page and in the reader view alike:
 * a tip opens leftwards when it would run past the window's right edge, and Escape hides an open tip
 * without moving focus (WCAG 1.4.13) until the word is left. Returns a function that removes the listeners.
 */
const DISMISSED = 'caveat-tip-dismissed';
const wrapOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.caveat-term-wrap') : null);

export function enableTermTips(root: Element): () => void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const show = (e: Event) => {
    const wrap = wrapOf(e.target);
    const tip = wrap?.querySelector<HTMLElement>('.caveat-tip');
    if (!wrap || !tip) return;
    wrap.classList.remove(DISMISSED);
    tip.style.removeProperty('left');
    tip.style.removeProperty('right');
    view?.requestAnimationFrame(() => {
      const box = tip.getBoundingClientRect();
      if (box.width && box.right > doc.documentElement.clientWidth - 8) {
        tip.style.setProperty('left', 'auto', 'important');
        tip.style.setProperty('right', '0', 'important');
      }
    });
  };
  const leave = (e: Event) => wrapOf(e.target)?.classList.remove(DISMISSED);
  const key = (e: Event) => {
    const wrap = wrapOf(e.target);
    if ((e as KeyboardEvent).key === 'Escape' && wrap && !wrap.classList.contains(DISMISSED)) {
      wrap.classList.add(DISMISSED);
      e.stopPropagation();
    }
  };
  root.addEventListener('focusin', show);
  root.addEventListener('mouseover', show);
  root.addEventListener('focusout', leave);
  root.addEventListener('keydown', key);
  return () => {
    root.removeEventListener('focusin', show);
    root.removeEventListener('mouseover', show);
    root.removeEventListener('focusout', leave);
    root.removeEventListener('keydown', key);
  };
}
