/**
 * Names the moment something the reader waits for is on screen, in the page's performance timeline
 * (`npm run bench` reads it). A frame callback runs just before the paint; the task after it runs once painted.
 */
export function markPainted(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

/** The marks `npm run bench` times, from the popup opening. */
export const PAINT_MARKS = { verdict: 'caveat:verdict-painted', popup: 'caveat:popup-painted' } as const;
