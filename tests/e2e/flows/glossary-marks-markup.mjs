// Terms written in quotes, in emphasis or across a line break of the page's source are explained in the
// popup and marked on the page whole; removing the marks puts the page's own markup back.
export const name = 'glossary marks terms that run through quotes, emphasis and line breaks';

const BUTTON = 'button.glossary-mark';

function readArticle() {
  const article = document.querySelector('article');
  return {
    html: article.innerHTML,
    marks: [...article.querySelectorAll('dfn.caveat-term')].map((d) => ({
      word: d.textContent.replace(/\s+/g, ' '),
      term: d.dataset.caveatTerm,
      em: !!d.querySelector('em, strong'),
    })),
  };
}

export async function run(session, { server, assert }) {
  const popup = await session.openPopup(server.url('/quoted-terms.html'));
  const tab = popup.tab;
  try {
    await popup.waitForSettled();
    const terms = await popup.evaluate(() => [...document.querySelectorAll('.glossary-term')].map((t) => t.textContent.trim()));
    for (const t of ['effector T cell', 'memory T cell', 'helper T cell']) assert.ok(terms.includes(t), `the popup explains ${t}: ${terms.join(', ')}`);
    const before = await tab.evaluate(readArticle);

    await popup.click(BUTTON);
    await popup.waitFor((s) => document.querySelector(s)?.getAttribute('aria-pressed') === 'true', BUTTON, { what: 'the mark button to be pressed' });
    const marked = await tab.evaluate(readArticle);
    const words = marked.marks.map((m) => `${m.word} → ${m.term}`);
    assert.ok(words.includes('"effector" cells → effector T cell'), `the quoted term is marked whole: ${words.join('; ')}`);
    assert.ok(marked.marks.some((m) => m.word === 'memory cells' && m.term === 'memory T cell' && m.em), `a term in emphasis and across a line break is marked whole: ${words.join('; ')}`);

    await popup.page.bringToFront();
    await popup.click(BUTTON);
    await popup.waitFor((s) => document.querySelector(s)?.getAttribute('aria-pressed') === 'false', BUTTON, { what: 'the mark button to be released' });
    assert.equal((await tab.evaluate(readArticle)).html, before.html, 'the article, emphasis included, is as it was');
  } finally {
    await popup.close();
  }
}
