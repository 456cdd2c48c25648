// The popup's three panels on the sample story: research stage (issue 3), sources (issue 4), glossary (issue 5).
export const name = 'popup shows research stage, sources and glossary for the sample story';

/** Everything the flow checks, read from the popup's DOM in one round trip. */
function readPanels() {
  const research = document.querySelector('[data-testid="section-research"]');
  const sources = document.querySelector('[data-testid="section-sources"]');
  const glossary = document.querySelector('[data-testid="section-glossary"]');
  const texts = (root, selector) => [...(root?.querySelectorAll(selector) ?? [])].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  return {
    verdict: document.querySelector('[data-testid="research-verdict"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    currentRung: texts(research, '[aria-current]'),
    evidence: texts(research, '.research-evidence blockquote'),
    caveats: texts(research, '.research-caveats blockquote'),
    sourceItems: texts(sources, '.source-item .source-head'),
    sourceLinks: [...(sources?.querySelectorAll('a[href]') ?? [])].map((a) => ({ href: a.href, text: a.textContent.trim(), target: a.target })),
    terms: [...(glossary?.querySelectorAll('.glossary-item') ?? [])].map((li) => ({
      term: li.querySelector('.glossary-term')?.textContent.trim(),
      definition: li.querySelector('.glossary-definition')?.textContent.trim() ?? '',
    })),
  };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

export async function run(session, { server, assert }) {
  const popup = await session.openPopup(server.url('/car-t-memory-cells.html'));
  try {
    await popup.waitForSettled();
    const story = squash(await popup.tab.evaluate(() => document.body.textContent));
    const p = await popup.evaluate(readPanels);

    // Research stage: verdict words, ladder rung, quoted evidence and caveats.
    assert.match(p.verdict ?? '', /^In mice — animal study/, `verdict says first who was studied, the animal the study used: ${p.verdict}`);
    assert.match(p.verdict ?? '', /Science Advances/, `verdict names the journal: ${p.verdict}`);
    assert.equal(p.currentRung.length, 1, `exactly one rung is current: ${JSON.stringify(p.currentRung)}`);
    assert.match(p.currentRung[0], /animal/i, `the current rung is the animals one: ${p.currentRung[0]}`);
    assert.ok(p.evidence.length > 0, 'evidence sentences are quoted');
    const quoted = p.evidence.filter((e) => story.includes(e));
    assert.ok(quoted.length > 0, `an evidence quote is a sentence of the story: ${JSON.stringify(p.evidence)}`);
    assert.ok(p.caveats.length > 0, 'a caveat is quoted');
    assert.ok(p.caveats.some((c) => story.includes(c)), `a caveat quote comes from the story: ${JSON.stringify(p.caveats)}`);

    // Sources: journal, institution, researcher with a role, press release, find-the-paper searches.
    const item = (re) => p.sourceItems.find((s) => re.test(s));
    assert.ok(item(/Science Advances/), `Science Advances is listed: ${JSON.stringify(p.sourceItems)}`);
    assert.ok(item(/Albert Einstein College of Medicine/), 'Albert Einstein College of Medicine is listed');
    const goldstein = item(/Harris Goldstein/);
    assert.ok(goldstein, 'Harris Goldstein is listed');
    assert.match(goldstein, /Harris Goldstein\s*—\s*\S/, `Harris Goldstein has a role: ${goldstein}`);
    const press = p.sourceLinks.find((l) => new URL(l.href).hostname.endsWith('eurekalert.org'));
    assert.ok(press, `a press-release link goes to eurekalert.org: ${JSON.stringify(p.sourceLinks.map((l) => l.href))}`);
    const find = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="sources-find"] a[href]')].map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
    );
    const searches = [
      ['PubMed', (u) => u.hostname === 'pubmed.ncbi.nlm.nih.gov' && u.searchParams.get('term')],
      ['Google Scholar', (u) => u.hostname === 'scholar.google.com' && u.pathname === '/scholar' && u.searchParams.get('q')],
      ['OpenAlex', (u) => u.hostname === 'openalex.org' && u.pathname === '/works' && u.searchParams.get('filter')],
    ];
    for (const [label, isSearch] of searches) {
      const link = find.find((l) => isSearch(new URL(l.href)));
      assert.ok(link, `a ${label} search link is offered: ${JSON.stringify(find.map((l) => l.href))}`);
      assert.match(new URL(link.href).search, /CAR-T|car-t|memory|cells/i, `the ${label} search is built from the headline: ${link.href}`);
      assert.equal(link.target, '_blank', `${label} opens in a new tab`);
      assert.match(link.rel, /noopener/, `${label} link has rel=noopener`);
    }

    // Glossary: terms with definitions; "show all" reveals the rest and says so with aria-expanded.
    const term = (list, name) => list.find((t) => t.term?.toLowerCase() === name);
    const memory = term(p.terms, 'memory t cell');
    assert.ok(memory, `memory T cell is explained: ${p.terms.map((t) => t.term).join(', ')}`);
    assert.ok(memory.definition.length > 20, 'memory T cell has a definition');
    const more = '[data-testid="glossary-more"]';
    assert.equal(await popup.evaluate((s) => document.querySelector(s)?.getAttribute('aria-expanded'), more), 'false', 'the list starts collapsed');
    await popup.click(more);
    await popup.waitFor((s) => document.querySelector(s)?.getAttribute('aria-expanded') === 'true', more, { what: 'aria-expanded to flip' });
    const all = (await popup.evaluate(readPanels)).terms;
    assert.ok(all.length > p.terms.length, `more terms are shown (${p.terms.length} → ${all.length})`);
    const effector = term(all, 'effector t cell');
    assert.ok(effector, `effector T cell is explained: ${all.map((t) => t.term).join(', ')}`);
    assert.ok(effector.definition.length > 20, 'effector T cell has a definition');
    await popup.click(more);
    await popup.waitFor((s) => document.querySelector(s)?.getAttribute('aria-expanded') === 'false', more, { what: 'the list to collapse' });
  } finally {
    await popup.close();
  }

  // A story about a retracted study: the verdict says so and a note warns before anything else.
  const retracted = await session.openPopup(server.url('/retracted-study.html'));
  try {
    await retracted.waitForSettled();
    const r = await retracted.evaluate(() => ({
      verdict: document.querySelector('[data-testid="research-verdict"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      note: document.querySelector('[data-testid="research-retracted"]')?.textContent.trim() ?? null,
      firstEvidence: document.querySelector('.research-evidence li')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    }));
    assert.match(r.verdict, /retracted/, `the verdict says retracted: ${r.verdict}`);
    assert.match(r.note ?? '', /retracted/, `a note warns that the study was retracted: ${r.note}`);
    assert.match(r.firstEvidence, /^Retraction/, `the retraction sentence is quoted first: ${r.firstEvidence}`);
  } finally {
    await retracted.close();
  }
}
