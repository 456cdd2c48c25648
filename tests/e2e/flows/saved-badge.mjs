// Saving from the popup puts the "saved" mark on the story's toolbar badge; deleting the story in the
// library takes the mark off that tab again (the background keeps the badged tabs in step).
import { clickSave, removeSample } from './reading-list.mjs';

export const name = 'saved badge: set by the popup, cleared by a delete in the library';

const STORY = '/car-t-memory-cells.html';

/** Runs in an extension page: whether the tab showing `url` has the badge text `want`. */
async function badgeIs({ url, want }) {
  const api = globalThis.browser ?? globalThis.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  return tab !== undefined && (await api.action.getBadgeText({ tabId: tab.id })) === want;
}

export async function run(session, { server, assert }) {
  const url = server.url(STORY);
  await removeSample(session);
  const popup = await session.openPopup(url);
  try {
    await popup.waitForSettled();
    await clickSave(popup);
    assert.ok(await popup.waitFor(badgeIs, { url, want: '✓' }, { what: 'the saved mark on the article tab' }));

    await removeSample(session);
    assert.ok(await popup.waitFor(badgeIs, { url, want: '' }, { what: 'the delete in the library to clear the mark' }));
  } finally {
    await popup.close();
    await removeSample(session);
  }
}
