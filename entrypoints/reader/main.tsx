import { render } from 'preact';
import { t } from '@/components/i18n';
import { openCaveatDb } from '@/lib/db/schema';
import { App } from './App';

const raw = new URLSearchParams(location.search).get('id');
const id = raw && /^\d+$/.test(raw) ? Number(raw) : null;
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('readerTitle');
render(<App db={openCaveatDb()} id={id} />, document.getElementById('app')!);
