// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jsonDocument } from '../../tests/support/hostile-pages';
import { plainTextAsHtml, readInput } from './load';

describe('plainTextAsHtml', () => {
  it('keeps paragraphs apart and takes the first line of four or more words as the headline', () => {
    const html = plainTextAsHtml('🔭 Space\n\nA Moon of Saturn Has a Hidden Ocean, Astronomers Say\n\nA Moon of Saturn Has a Hidden Ocean, Astronomers Say\n\nIn the data:\n\nThe moon wobbles as it turns & nobody expected <that>.\n');
    expect(html).toContain('<title>A Moon of Saturn Has a Hidden Ocean, Astronomers Say</title>');
    expect(html).toContain('<p>🔭 Space</p>\n<p>In the data:</p>\n<p>The moon wobbles as it turns &amp; nobody expected &lt;that&gt;.</p>');
    // The repeated headline is gone.
    expect(html.match(/Hidden Ocean/g)).toHaveLength(2);
  });

  it('returns HTML, JSON and one-paragraph text as they came', () => {
    for (const input of ['<p>Already a page.</p>\n\nSecond', jsonDocument(), 'One line with no paragraphs at all.']) expect(plainTextAsHtml(input)).toBe(input);
  });
});

describe('readInput', () => {
  it('reads a page saved in Latin-1 as the browser would, not as broken UTF-8', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'caveat-')), 'page.html');
    writeFileSync(file, Buffer.from('<meta charset="iso-8859-1"><p>Forschende der Universität Zürich</p>', 'latin1'));
    expect(await readInput(file)).toContain('Universität Zürich');
  });
});
