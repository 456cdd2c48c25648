// Issue 13: the verdict says who was studied first, and says "not sure" where the story does not state its design.
export const name = 'popup: a sure verdict leads with the subjects; an unsure one says so, with the other likely types';

function readVerdict() {
  const verdict = document.querySelector('[data-testid="research-verdict"]');
  return {
    text: verdict?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    sure: verdict?.getAttribute('data-sure') ?? null,
    note: document.querySelector('[data-testid="research-unsure-note"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    confidence: document.querySelector('.research-confidence')?.textContent.trim() ?? null,
  };
}

export async function run(session, { server, assert }) {
  const sure = await session.openPopup(server.url('/car-t-memory-cells.html'));
  try {
    await sure.waitForSettled();
    const v = await sure.evaluate(readVerdict);
    assert.equal(v.sure, 'true', `the sample story's verdict is sure: ${JSON.stringify(v)}`);
    assert.match(v.text ?? '', /^In mice — /, `the verdict opens with who was studied: ${v.text}`);
    assert.doesNotMatch(v.text ?? '', /Not sure/, 'a sure verdict does not say "not sure"');
    assert.equal(v.note, null, 'no unsure note on a sure verdict');
  } finally {
    await sure.close();
  }
  const unsure = await session.openPopup(server.url('/vague-study.html'));
  try {
    await unsure.waitForSettled();
    const v = await unsure.evaluate(readVerdict);
    assert.equal(v.sure, 'false', `a story that does not say its design gets an unsure verdict: ${JSON.stringify(v)}`);
    assert.match(v.text ?? '', /^Not sure — most likely: In people — /, `the verdict says "not sure", then the most likely study: ${v.text}`);
    assert.match(v.note ?? '', /best guess/, `a note explains the guess: ${v.note}`);
    assert.match(v.note ?? '', /could also be: .+ \(\d+%\)/, `the note names the other likely types: ${v.note}`);
    assert.match(v.confidence ?? '', /\d+%/, `the confidence is shown: ${v.confidence}`);
  } finally {
    await unsure.close();
  }
}
