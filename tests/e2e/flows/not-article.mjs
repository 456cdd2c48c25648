// A sign-in form is not a story: the popup says so instead of showing an analysis.
export const name = 'popup explains a non-article page';

export async function run(session, { server, assert }) {
  const popup = await session.openPopup(server.url('/sign-in.html'));
  try {
    await popup.waitForSettled();
    const status = await popup.text('status');
    assert.ok(status, 'a status message is shown');
    assert.match(status, /article/i, `the message says the page is not an article, got ${JSON.stringify(status)}`);
    assert.equal(await popup.exists('article-title'), false, 'no article title');
    assert.equal(await popup.exists('section-research'), false, 'no research panel');
  } finally {
    await popup.close();
  }
}
