import { Window } from 'happy-dom';
import { capDepth } from './cap-depth';

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
  window.document.write(html);
  capDepth(window.document.documentElement as unknown as Element);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
