import { render } from 'preact';
import { t } from '@/components/i18n';
import { openCaveatDb } from '@/lib/db/schema';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('listTitle');
render(<App db={openCaveatDb()} />, document.getElementById('app')!);
