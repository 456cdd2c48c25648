import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Gecko id fixed so Firefox keeps the reading list across reinstalls and tests can pin the UUID.
export const GECKO_ID = 'caveat@caveat.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // The end-to-end variant (extra host permissions) builds apart so it never overwrites the real build.
  outDir: process.env.CAVEAT_E2E_BUILD ? '.output-e2e' : '.output',
  // import.meta.env.WXT_CAVEAT_E2E: '1' in end-to-end builds (lib/preread.ts reads the test server's address there).
  vite: () => ({ plugins: [preact()], define: { 'import.meta.env.WXT_CAVEAT_E2E': JSON.stringify(process.env.CAVEAT_E2E_BUILD ? '1' : '') } }),
  // AMO reviewers rebuild from this zip (SOURCES.md says how): only what the build reads, no tests or research tools.
  zip: {
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'scripts/**', 'bin/**', '**/*.test.ts', 'vitest.config.ts', 'stats.html', 'lib/cli/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Caveat',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    // End-to-end builds only: tests cannot click the toolbar button that grants activeTab. The fake Crossref and
    // Unpaywall run on 127.0.0.2, asked for on first use like the real hosts; Chromium gets it up front (no test can
    // answer its permission prompt), Firefox through the prompt, which the harness lets pass.
    ...(process.env.CAVEAT_E2E_BUILD
      ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', ...(browser === 'firefox' ? [] : ['http://127.0.0.2/*'])] }
      : {}),
    // "Check the paper" (Crossref, Unpaywall) and "Send to Zotero" (its connector on this computer, 127.0.0.1): asked
    // for on the reader's first click, never at install.
    // And "Read stories as pages load" (the options page): every http(s) site, asked for when the reader turns it on.
    optional_host_permissions: [
      'https://api.crossref.org/*',
      'https://api.unpaywall.org/*',
      'http://127.0.0.1/*',
      ...(process.env.CAVEAT_E2E_BUILD ? ['http://127.0.0.2/*'] : ['http://*/*', 'https://*/*']),
    ],
    // Shortcuts grant activeTab like a click does, so saving needs no host permission.
    commands: {
      'save-story': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_saveCommand__' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' } },
    },
    ...(browser === 'firefox'
      ? {
          // The oldest Firefox versions that know every key used: data_collection_permissions came in 140 on
          // desktop (the current ESR) and 142 on Android; gecko_android makes the add-on installable on phones.
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
