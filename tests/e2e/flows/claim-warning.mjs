// Claim strength (issue 14): the popup warns when the headline claims more than the study can show, and not otherwise.
import { shot } from '../harness/handle.mjs';
export const name = 'popup warns about a causal headline from an observational or mouse study, and not about a fitting one';

function readClaims() {
  const text = (sel) => document.querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  return {
    strength: document.querySelector('[data-testid="claim-strength"]')?.getAttribute('data-strength') ?? null,
    strengthText: text('[data-testid="claim-strength"]'),
    warningKind: document.querySelector('[data-testid="claim-warning"]')?.getAttribute('data-kind') ?? null,
    warning: text('[data-testid="claim-warning"]'),
    quote: text('[data-testid="claim-warning"] blockquote'),
    role: document.querySelector('[data-testid="claim-warning"]')?.getAttribute('role') ?? null,
  };
}

const CASES = [
  { page: '/claims-coffee-cohort.html', strength: 'causal', kind: 'causal-from-observational', quote: 'Drinking coffee cuts the risk of liver cancer', words: /link, not a cause/ },
  { page: '/claims-mouse-pill.html', strength: 'causal', kind: 'people-from-animals-or-cells', quote: "New pill reverses memory loss in people with Alzheimer's", words: /animals or cells/ },
  { page: '/claims-walking-cohort.html', strength: 'correlational', kind: null },
];

export async function run(session, { server, assert }) {
  for (const c of CASES) {
    const popup = await session.openPopup(server.url(c.page));
    try {
      await popup.waitForSettled();
      await popup.waitForTestId('claim-strength');
      const got = await popup.evaluate(readClaims);
      assert.equal(got.strength, c.strength, `${c.page}: headline strength ${got.strength}`);
      assert.equal(got.warningKind, c.kind, `${c.page}: warning ${got.warningKind}`);
      if (c.kind) {
        assert.equal(got.quote, c.quote, `${c.page}: the warning quotes the headline`);
        assert.match(got.warning, c.words, `${c.page}: the warning says why in plain words: ${got.warning}`);
        assert.equal(got.role, 'note');
        await shot(popup, session, `claims-${c.kind}`);
      }
    } finally {
      await popup.close();
    }
  }
  // A German mouse study on a page that declares no language: read as German (the verdict names the animals), and no
  // claim strength, since the claim model reads English only.
  const popup = await session.openPopup(server.url('/german-no-lang.html'));
  try {
    await popup.waitForSettled();
    const verdict = await popup.evaluate(() => document.querySelector('[data-testid="research-verdict"]')?.textContent ?? '');
    assert.match(verdict, /animal/i, `German page with no lang: verdict ${verdict}`);
    const got = await popup.evaluate(readClaims);
    assert.equal(got.strength, null, 'German page: no English claim strength');
    assert.equal(got.warningKind, null, 'German page: no claim warning');
  } finally {
    await popup.close();
  }
}
