import { Window } from 'happy-dom';
import { capDepth } from './cap-depth';

/**
 * HTML → Document on Node, inert: no scripts run, nothing is fetched.
 * Returns the window too so the caller can close it and free memory.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => void } {
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
  return { document: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}
