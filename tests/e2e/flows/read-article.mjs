// The popup reads the sample story served on 127.0.0.1: its title and reading time appear.
export const name = 'popup reads the sample story';

export async function run(session, { server, assert }) {
  const popup = await session.openPopup(server.url('/car-t-memory-cells.html'));
  try {
    await popup.waitForSettled();
    assert.equal(await popup.text('status'), null, 'no status message on an article');
    assert.equal(await popup.text('article-title'), 'Longer-lasting CAR-T cells keep cancer and HIV in check in mice');
    const reading = await popup.text('reading-time');
    assert.match(reading ?? '', /\b\d{3,}\b.*\b[1-9]\d*\b/, `reading time shows words and minutes, got ${JSON.stringify(reading)}`);
    for (const section of ['section-research', 'section-sources', 'section-glossary']) {
      assert.ok(await popup.exists(section), `${section} is shown`);
    }
  } finally {
    await popup.close();
  }
}
