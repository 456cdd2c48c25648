import { render } from 'preact';
import { startReading } from './start-reading';

performance.mark('caveat:main-started');
// Before anything else loads: the tab reads its page (in its own process) while the popup's code and the research
// model load here. The sources, the glossary and the claims load only once the verdict is on screen.
const reading = startReading();
const research = Promise.all([import('@/lib/analysis/research'), import('@/lib/analysis/research/warm-up')]).then(([{ createResearchAnalyzer }, { warmUp }]) => {
  performance.mark('caveat:research-loaded');
  const analyzer = createResearchAnalyzer();
  warmUp(analyzer);
  performance.mark('caveat:research-warm');
  return analyzer;
});
document.documentElement.lang = browser.i18n.getUILanguage();
import('./App').then(({ App }) => render(<App reading={reading} research={research} />, document.getElementById('app')!));
