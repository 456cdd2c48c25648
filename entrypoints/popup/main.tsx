import { render } from 'preact';
import { startReading } from './start-reading';

performance.mark('caveat:main-started');
// Before anything else loads: the tab reads its page (in its own process) while the popup's code and the research
// model load here. The sources, the glossary and the claims load only once the verdict is on screen.
const reading = startReading();
const research = import('@/lib/analysis/research').then(({ createResearchAnalyzer }) => {
  performance.mark('caveat:research-loaded');
  return createResearchAnalyzer();
});
document.documentElement.lang = browser.i18n.getUILanguage();
import('./App').then(({ App }) => render(<App reading={reading} research={research} />, document.getElementById('app')!));
