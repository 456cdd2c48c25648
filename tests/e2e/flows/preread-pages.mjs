// Issue 15: "Read stories as pages load" (the options page). Turned on, the popup gets its answer from the script
// already in the tab and injects nothing; turned off, the script is unregistered and the popup injects as before.
import { describeViolations, shot, sleep } from '../harness/handle.mjs';
export const name = 'settings: reading stories as pages load lets the popup answer without injecting; off, it injects again';

/** Opens the story and its popup; what the popup showed and whether it injected the reading script. */
async function openStory(session, server) {
  const popup = await session.openPopup(server.url('/car-t-memory-cells.html'));
  try {
    await popup.waitForSettled();
    return await popup.evaluate(() => ({
      verdict: document.querySelector('[data-testid="research-verdict"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      injected: performance.getEntriesByName('caveat:injected').length > 0,
    }));
  } finally {
    await popup.close();
  }
}

async function setPreread(options, want) {
  const on = await options.evaluate(() => document.querySelector('[data-testid="preread-toggle"]').checked);
  if (on !== want) await options.clickTestId('preread-toggle');
  await options.waitFor((w) => document.querySelector('[data-testid="preread-toggle"]').checked === w && document.querySelector('[data-testid="preread-status"]').textContent !== '', want, { what: `the setting ${want ? 'on' : 'off'}` });
}

export async function run(session, { server, assert }) {
  // The reading list's Settings button opens this page (in a tab of its own).
  const library = await session.openExtensionPage('library.html');
  try {
    await library.clickTestId('open-settings');
    // Polled until a tab shows the settings page (waitFor times out, failing the flow, if none ever does). The
    // extension's own pages are asked, not the tabs: reading a tab's address needs a permission Caveat does not ask for.
    await library.waitFor(() => chrome.extension.getViews({ type: 'tab' }).some((w) => w.location.pathname.endsWith('/options.html')), undefined, {
      what: 'the settings page opened from the reading list',
      interval: 200,
    });
    await library.evaluate(() => chrome.extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname.endsWith('/options.html')).forEach((w) => w.close()));
  } finally {
    await library.close();
  }

  const before = await openStory(session, server);
  assert.ok(before.verdict, 'the popup reads the story with the setting off');
  assert.equal(before.injected, true, 'with the setting off the popup injects its reading script');

  const options = await session.openExtensionPage('options.html');
  try {
    await options.waitFor(() => document.querySelector('[data-testid="preread-toggle"]')?.disabled === false, undefined, { what: 'the settings page' });
    const violations = await options.axe();
    assert.equal(violations.length, 0, `settings page axe violations:\n${describeViolations(violations)}`);
    await setPreread(options, true);
    assert.match(await options.text('preread-status'), /^On/);
    await options.waitFor(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.some((x) => x.id === 'caveat-pre-read')), undefined, { what: 'the pre-read script registered' });
    await shot(options, session, 'settings-preread-on');

    const on = await openStory(session, server);
    assert.ok(on.verdict, 'the popup reads the story with the setting on');
    assert.equal(on.verdict, before.verdict, 'the same verdict either way');
    assert.equal(on.injected, false, 'with the setting on the popup asks the script already in the tab and injects nothing');

    await setPreread(options, false);
    await options.waitFor(() => chrome.scripting.getRegisteredContentScripts().then((s) => !s.some((x) => x.id === 'caveat-pre-read')), undefined, { what: 'the pre-read script unregistered' });
    await sleep(100);
    const off = await openStory(session, server);
    assert.equal(off.injected, true, 'turned off again, the popup injects as before');
  } finally {
    // Later flows start with the setting off, whatever happened here.
    await options.evaluate(() => chrome.storage.local.set({ prereadPages: false })).catch(() => undefined);
    await options.close();
  }
}
