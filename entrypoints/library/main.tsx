import { render } from 'preact';
import { t } from '@/components/i18n';
import { openCaveatDb } from '@/lib/db/schema';
import { notifySavedChange } from '@/lib/reading-list/story-store';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('listTitle');
const db = openCaveatDb();
// A bench build opened at #bare leaves the UI out, so the benchmark can time operations without its live queries.
if (!(import.meta.env.WXT_CAVEAT_BENCH && location.hash === '#bare')) {
  // The background clears (or, after undo, restores) the saved badge of tabs showing deleted stories.
  render(<App db={db} onSavedChange={notifySavedChange} />, document.getElementById('app')!);
}

// Benchmark builds only (WXT_CAVEAT_BENCH=1, see scripts/bench-library.mjs); other builds drop this branch.
if (import.meta.env.WXT_CAVEAT_BENCH) {
  void import('@/lib/reading-list/bench-hook').then(({ benchHook }) => {
    (window as unknown as { __caveatBench: unknown }).__caveatBench = benchHook(db);
  });
}
