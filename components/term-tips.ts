/**
 * Behaviour of marked glossary words (lib/glossary/mark.ts), on a news page and in the reader view alike:
 * a tip that would run past the window's edge moves back inside it (a phone is 360 px wide), Escape hides an
 * open tip without moving focus (WCAG 1.4.13) until the word is left, and on a touch screen, where nothing
 * hovers, a tap on the word opens its tip, a second tap closes it, and a tap elsewhere closes it too.
 * Returns a function that removes the listeners.
 */
const DISMISSED = 'caveat-tip-dismissed';
const MARGIN = 8;
const wrapOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.caveat-term-wrap') : null);
const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('dfn.caveat-term') : null);

export function enableTermTips(root: Element): () => void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  /** The word whose tip was open when the finger or mouse went down on it: that tap closes it. */
  let pressedOpen: Element | null = null;
  let frame: number | undefined;
  const isOpen = (wrap: Element) => wrap.contains(doc.activeElement) && !wrap.classList.contains(DISMISSED);

  const show = (e: Event) => {
    const wrap = wrapOf(e.target);
    const tip = wrap?.querySelector<HTMLElement>('.caveat-tip');
    if (!wrap || !tip) return;
    wrap.classList.remove(DISMISSED);
    // One placement per frame: a tap brings mouseover, focus and click together, and each asks for one.
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
    frame = view?.requestAnimationFrame(() => {
      frame = undefined;
      tip.style.removeProperty('left');
      const box = tip.getBoundingClientRect();
      const overflow = box.right - (doc.documentElement.clientWidth - MARGIN);
      // Leftwards by as much as it runs over, but never past the window's left edge.
      if (box.width && overflow > 0) tip.style.setProperty('left', `${-Math.max(0, Math.min(overflow, box.left - MARGIN))}px`, 'important');
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
  const press = (e: Event) => {
    const term = termOf(e.target);
    const wrap = term && wrapOf(term);
    pressedOpen = wrap && isOpen(wrap) ? wrap : null;
    // A tap outside closes an open tip even where a tap does not move focus (Safari).
    const active = termOf(doc.activeElement);
    if (!term && active && root.contains(active)) active.blur();
  };
  const click = (e: Event) => {
    const term = termOf(e.target);
    const wrap = term && wrapOf(term);
    if (!term || !wrap) return;
    if (pressedOpen === wrap) wrap.classList.add(DISMISSED);
    else {
      wrap.classList.remove(DISMISSED);
      if (doc.activeElement !== term) term.focus({ preventScroll: true });
    }
    pressedOpen = null;
  };
  const listeners: [string, (e: Event) => void][] = [
    ['focusin', show],
    ['mouseover', show],
    ['focusout', leave],
    ['keydown', key],
    ['pointerdown', press],
    ['click', click],
  ];
  for (const [type, fn] of listeners) root.addEventListener(type, fn);
  // Taps outside the story (a page's header, the reader's side panel) close its tips too.
  if (root !== doc.documentElement) doc.addEventListener('pointerdown', outside);
  function outside(e: Event) {
    if (!root.contains(e.target as Node)) press(e);
  }
  return () => {
    for (const [type, fn] of listeners) root.removeEventListener(type, fn);
    doc.removeEventListener('pointerdown', outside);
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
  };
}
