/**
 * Content scripts run again each time the popup injects them; they must set up their listeners once per page.
 * The "already here" marker is a Symbol on the content scripts' own global: a page can put named properties on
 * `window` (an element with that id or name), but never a Symbol-keyed one, so it cannot make Caveat stand down.
 */
export function firstInjection(global: object, key: symbol): boolean {
  const holder = global as Record<symbol, unknown>;
  if (holder[key] === true) return false;
  holder[key] = true;
  return true;
}
