// Pages Caveat cannot read get a plain message, not an error: a PDF (decided from the URL, before
// anything is injected), and a popup whose target tab has no web page for it.
export const name = 'popup explains pages it cannot read (PDF, no page)';

/** Opens the popup on `url` and returns its status text once it has settled. */
async function statusFor(session, url, open) {
  const popup = await open(url);
  try {
    await popup.waitForSettled();
    return {
      status: await popup.text('status'),
      title: await popup.exists('article-title'),
      research: await popup.exists('section-research'),
      listLink: await popup.exists('open-library'),
    };
  } finally {
    await popup.close();
  }
}

export async function run(session, { server, assert }) {
  // A PDF served over http: the tab shows the browser's PDF viewer (or nothing); the popup says it is a PDF.
  const pdf = await statusFor(session, server.url('/study-report.pdf'), (url) => session.openPopup(url));
  assert.match(pdf.status ?? '', /PDF/, `the PDF message is shown, got ${JSON.stringify(pdf.status)}`);
  assert.match(pdf.status ?? '', /can.t read/i, 'the message says Caveat cannot read the page');
  assert.equal(pdf.title, false, 'no article title for a PDF');
  assert.equal(pdf.research, false, 'no research panel for a PDF');
  assert.ok(pdf.listLink, 'the reading list stays one click away');

  // No tab holds the target (the browser gives the popup no URL): the "no web page" message.
  const none = await statusFor(session, 'http://127.0.0.1:9/never-opened.html', (url) =>
    session.openExtensionPage(`popup.html?target=${encodeURIComponent(url)}`),
  );
  assert.match(none.status ?? '', /no web page/i, `the no-page message is shown, got ${JSON.stringify(none.status)}`);
}
