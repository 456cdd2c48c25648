/** Resolves once what has been rendered so far is on screen: a frame callback runs just before the paint, the task after it once painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Names the moment something the reader waits for is on screen, in the page's performance timeline (`npm run bench` reads it). */
export function markPainted(name: string): void {
  afterPaint().then(() => performance.mark(name));
}

/** The marks `npm run bench` times, from the popup opening. */
export const PAINT_MARKS = { verdict: 'caveat:verdict-painted', popup: 'caveat:popup-painted' } as const;
