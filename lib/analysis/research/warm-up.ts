import { testArticle } from '../test-article';
import type { ResearchAnalyzer } from './index';

// A short story of Caveat's own, never shown: the words a verdict is usually made of.
const SAMPLE = testArticle('Drug slows memory loss in trial', [
  'In a randomised trial published in The Lancet, researchers at the University of Oxford gave 120 adults the drug or a placebo for a year.',
  '"The results are promising, but the study was small," said Dr Jane Smith. Earlier work in mice and in human cells had suggested the effect.',
]);

/**
 * Reads the sample once. The popup calls it while the tab is still reading the page: the first story a model reads
 * costs it several times the next one (its patterns are prepared on first use), and that first time is then not the reader's.
 */
export function warmUp(analyzer: ResearchAnalyzer): void {
  analyzer.analyze(SAMPLE);
}
