/**
 * The reader shows a saved story without asking any server for anything: an image from the web would tell its
 * site, each time, that this story is being read. Image addresses move to data- attributes (nothing loads) until
 * the reader asks for them; images kept inside the story as data: URLs show at once.
 */
const HELD = { src: 'data-caveat-src', srcset: 'data-caveat-srcset' } as const;

const isInline = (value: string) => /^\s*data:/i.test(value);

/** Moves remote image addresses out of reach under `root`; returns how many images were held back. */
export function holdRemoteImages(root: ParentNode): number {
  let held = 0;
  for (const el of Array.from(root.querySelectorAll('img, source'))) {
    let any = false;
    for (const attr of ['src', 'srcset'] as const) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      // A srcset may list several addresses (and data: URLs hold commas): held whole unless it is one bare data: URL.
      if (isInline(value) && (attr === 'src' || !/\s/.test(value.trim()))) continue;
      el.setAttribute(HELD[attr], value);
      el.removeAttribute(attr);
      any = true;
    }
    if (any && el.tagName.toUpperCase() === 'IMG') held++;
  }
  return held;
}

/** Puts held addresses back (the reader asked); returns the images now loading. */
export function releaseImages(root: ParentNode): HTMLImageElement[] {
  const images: HTMLImageElement[] = [];
  for (const el of Array.from(root.querySelectorAll(`[${HELD.src}], [${HELD.srcset}]`))) {
    for (const attr of ['src', 'srcset'] as const) {
      const value = el.getAttribute(HELD[attr]);
      if (value === null) continue;
      el.setAttribute(attr, value);
      el.removeAttribute(HELD[attr]);
    }
    if (el.tagName.toUpperCase() === 'IMG') images.push(el as HTMLImageElement);
  }
  return images;
}

/**
 * Markup → the same markup with remote images held, worked on in a parsed document that has no window, so nothing
 * loads or runs meanwhile (DOMParser rather than innerHTML: the same inertness, without assigning markup to a node).
 */
export function holdImagesInHtml(html: string, doc: Document): { html: string; held: number } {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const body = new Parser().parseFromString(html, 'text/html').body;
  const held = holdRemoteImages(body);
  return { html: held ? body.innerHTML : html, held };
}
