import { render } from 'preact';
import { t } from '@/components/i18n';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
