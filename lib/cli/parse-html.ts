import { Window } from 'happy-dom';
import { capAnchorsInHtml } from '../extract/cap-links';
import { capDepth } from '../extract/cap-depth';

/**
 * HTML → Document on Node, inert: no scripts run, nothing is fetched.
 * Returns a close function that frees the window; await it in a tight loop, or the windows pile up.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // Anchors past the page's first MAX_LINKS are read as text before parsing: happy-dom walks siblings in
  // quadratic time, so a paragraph of 50,000 links would take minutes here (a browser parses it at once).
  window.document.write(capAnchorsInHtml(html));
  capDepth(window.document.documentElement as unknown as Element);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
