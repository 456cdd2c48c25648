// Check the paper (issue 18), against the local fake Crossref and Unpaywall on 127.0.0.2: the first click explains
// what is sent and asks for the hosts (only then), a retracted paper gets the red banner above the verdict, a preprint
// its published version and Crossref's peer-review line, an open copy its link; a failing network leaves the popup working.
import { describeViolations, shot } from '../harness/handle.mjs';

export const name = 'check the paper: asked once, retraction banner, published preprint, open copy, no DOI, network failing, 429';

const PERMISSION = 'http://127.0.0.2/*';

/** Points the extension at the fake (as a reader's settings would), consent not yet given. */
async function configure(session, api, extra = {}) {
  const page = await session.openExtensionPage('library.html');
  try {
    await page.evaluate(
      (settings) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ paperCheck: settings }),
      { crossref: api.crossref, unpaywall: api.unpaywall, ...extra },
    );
  } finally {
    await page.close();
  }
}

const granted = (page) => page.evaluate((origin) => (globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: [origin] }), PERMISSION);

function order() {
  const banner = document.querySelector('[data-testid="paper-retraction"]');
  const verdict = document.querySelector('[data-testid="research-verdict"]');
  return !!banner && !!verdict && !!(banner.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING);
}

export async function run(session, { server, paperApi, assert }) {
  await configure(session, paperApi.api('', ''));
  const before = paperApi.requests.length;

  // 1. A retracted paper: nothing is sent until the click; the first click explains and asks.
  let popup = await session.openPopup(server.url('/paper-retracted.html'));
  try {
    await popup.waitForSettled();
    await popup.waitFor(() => document.querySelector('[data-testid="paper-check"]')?.disabled === false, undefined, { what: 'the check button' });
    assert.equal(paperApi.requests.length, before, 'nothing is looked up before the reader asks');
    if (session.name === 'firefox') assert.equal(await granted(popup), false, 'Firefox: the fake host is not granted before the first click');
    await popup.clickTestId('paper-check');
    await popup.waitForTestId('paper-consent');
    assert.match(await popup.text('paper-consent'), /DOI[\s\S]*Nothing about you/);
    await shot(popup, session, 'paper-consent');
    let violations = await popup.axe();
    assert.equal(violations.length, 0, `the explanation:\n${describeViolations(violations)}`);
    await popup.fill('[data-testid="paper-contact"]', 'reader@caveat.test');
    await popup.clickTestId('paper-allow');
    await popup.waitForTestId('paper-retraction');
    assert.match(await popup.text('paper-retraction'), /^Retracted on .*2024 \(notice\)/);
    assert.ok(await popup.evaluate(order), 'the retraction banner comes above the verdict');
    assert.equal(await granted(popup), true, 'the host is granted after the first click');
    const asked = paperApi.requests.slice(before);
    assert.ok(asked.some((r) => r.path === '/crossref/works/10.5555/caveat.retracted' && r.query.mailto === 'reader@caveat.test'), 'Crossref asked with the contact address');
    assert.ok(asked.every((r) => !r.headers.cookie), 'no cookies sent');
    await shot(popup, session, 'paper-retracted');
    violations = await popup.axe();
    assert.equal(violations.length, 0, `the retraction banner:\n${describeViolations(violations)}`);
  } finally {
    await popup.close();
  }

  // 2. A preprint: no second explanation; its published version, Crossref's peer-review line, an open copy.
  popup = await session.openPopup(server.url('/paper-preprint.html'), { colorScheme: 'dark' });
  try {
    await popup.waitForSettled();
    await popup.waitFor(() => document.querySelector('[data-testid="paper-check"]')?.disabled === false, undefined, { what: 'the check button' });
    await popup.clickTestId('paper-check');
    await popup.waitForTestId('paper-published-version');
    assert.equal(await popup.exists('paper-consent'), false, 'the permission is asked for only on the first click');
    assert.match(await popup.text('paper-published-version'), /Preprint — since published in Nature Medicine/);
    assert.match(await popup.text('research-verdict'), /peer reviewed \(Nature Medicine\)/);
    assert.match(await popup.text('research-peer-source'), /Crossref/);
    const copy = await popup.evaluate(() => document.querySelector('[data-testid="paper-open-copy"]')?.getAttribute('href'));
    assert.match(copy ?? '', /^https:\/\/www\.medrxiv\.org\/.*\.pdf$/);
    await shot(popup, session, 'paper-preprint-dark');
    const violations = await popup.axe();
    assert.equal(violations.length, 0, `the preprint's findings (dark):\n${describeViolations(violations)}`);
  } finally {
    await popup.close();
  }

  // 2b. No DOI: Crossref's search offers candidates; nothing is taken as the story's paper until the reader says so.
  popup = await session.openPopup(server.url('/paper-no-doi.html'));
  try {
    await popup.waitForSettled();
    await popup.waitFor(() => document.querySelector('[data-testid="paper-check"]')?.disabled === false, undefined, { what: 'the check button' });
    await popup.clickTestId('paper-check');
    await popup.waitForTestId('paper-candidates');
    assert.match(await popup.text('paper-candidates'), /Urban foxes shift their activity/);
    assert.equal(await popup.exists('paper-findings'), false, 'a candidate is not shown as the paper');
    await popup.clickTestId('paper-choose');
    await popup.waitForTestId('paper-chosen');
    assert.match(await popup.text('paper-record'), /Urban foxes/);
    const violations = await popup.axe();
    assert.equal(violations.length, 0, `a chosen candidate:\n${describeViolations(violations)}`);
    await popup.clickTestId('paper-forget');
    await popup.waitFor(() => !document.querySelector('[data-testid="paper-findings"]'), undefined, { what: 'the choice to be undone' });
  } finally {
    await popup.close();
  }

  // 3. The network failing: a short message, the rest of the popup unchanged.
  await configure(session, paperApi.api('/down', ''), { consented: true, contact: 'reader@caveat.test' });
  popup = await session.openPopup(server.url('/paper-corrected.html'));
  try {
    await popup.waitForSettled();
    await popup.waitFor(() => document.querySelector('[data-testid="paper-check"]')?.disabled === false, undefined, { what: 'the check button' });
    await popup.clickTestId('paper-check');
    await popup.waitForTestId('paper-message');
    assert.match(await popup.text('paper-message'), /Could not reach Crossref/);
    assert.ok(await popup.exists('research-verdict'));
    assert.ok(await popup.exists('save-button'));
    await shot(popup, session, 'paper-offline');
  } finally {
    await popup.close();
  }

  // 3b. Crossref's rate limit (HTTP 429): a short message, nothing else changes.
  await configure(session, paperApi.api('/busy', ''), { consented: true, contact: 'reader@caveat.test' });
  popup = await session.openPopup(server.url('/paper-corrected.html'));
  try {
    await popup.waitForSettled();
    await popup.waitFor(() => document.querySelector('[data-testid="paper-check"]')?.disabled === false, undefined, { what: 'the check button' });
    await popup.clickTestId('paper-check');
    await popup.waitForTestId('paper-message');
    assert.match(await popup.text('paper-message'), /asks Caveat to slow down/);
    assert.ok(await popup.exists('research-verdict'));
  } finally {
    await popup.close();
  }

  // 4. Kept: the retracted story shows its check from the database, without asking the network again; saved, it
  // carries the check into the reader, the library's filter finds it, and "Re-check papers" reports its progress.
  await configure(session, paperApi.api('', ''), { consented: true, contact: 'reader@caveat.test' });
  const sent = paperApi.requests.length;
  popup = await session.openPopup(server.url('/paper-retracted.html'));
  try {
    await popup.waitForSettled();
    await popup.waitForTestId('paper-retraction');
    assert.equal(paperApi.requests.length, sent, 'the cached check needs no request');
    await popup.waitFor(() => !document.querySelector('[data-testid="save-button"]')?.disabled, undefined, { what: 'the save button' });
    await popup.clickTestId('save-button');
    await popup.waitForTestId('save-undo');

    const library = await session.openExtensionPage('library.html?paper=flagged');
    try {
      const title = "Food dyes and children's attention: what the cohort found";
      await library.waitFor(
        (t) => [...document.querySelectorAll('[data-testid="story-row"]')].some((r) => r.querySelector('[data-testid="story-title"]')?.textContent.trim() === t),
        title,
        { what: 'the retracted story under "Paper retracted or corrected"' },
      );
      assert.match(await library.text('story-row'), /Retracted/);
      assert.equal(await library.evaluate(() => document.querySelector('[data-testid="filter-paper"]').value), 'flagged');
      await library.waitFor(() => !document.querySelector('[data-testid="paper-recheck-start"]')?.disabled, undefined, { what: 'the re-check button' });
      await library.clickTestId('paper-recheck-start');
      await library.waitForTestId('paper-recheck-report');
      assert.match(await library.text('paper-recheck-report'), /^Checked (\d+) of \1 papers\.$/);
      assert.ok(paperApi.requests.length > sent, 're-check asked Crossref again');
      await shot(library, session, 'paper-library');
      const href = await library.evaluate(() => document.querySelector('[data-testid="story-title"]').getAttribute('href'));
      const reader = await session.openExtensionPage(href);
      try {
        await reader.waitForTestId('paper-retraction');
        assert.match(await reader.text('research-verdict'), /observational/);
        await shot(reader, session, 'paper-reader');
      } finally {
        await reader.close();
      }
    } finally {
      await library.close();
    }
    // Leave the reading list as it was.
    await popup.clickTestId('save-undo');
    await popup.waitFor(() => !!document.querySelector('[data-testid="save-button"]'), undefined, { what: 'undo' });
  } finally {
    await popup.close();
  }
}
