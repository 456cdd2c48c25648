// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { readBody } from './text';

function paragraphsOf(html: string): string[] {
  const { document, close } = parseHtml(`<!doctype html><html><body><div id="a">${html}</div></body></html>`, 'https://news.example/s');
  try {
    return readBody(document.getElementById('a')!, 'https://news.example/s').paragraphs;
  } finally {
    close();
  }
}

describe('readBody', () => {
  it('ends a line at a line break: a contact block is a name, then an address, not one sentence', () => {
    expect(paragraphsOf('<p>Dr. Lena Hartwig<br>Max-Planck-Institut für Astronomie, Heidelberg<br>E-Mail: hartwig@example.org</p>')).toEqual([
      'Dr. Lena Hartwig',
      'Max-Planck-Institut für Astronomie, Heidelberg',
      'E-Mail: hartwig@example.org',
    ]);
  });

  it('keeps a label and the line it introduces together', () => {
    expect(paragraphsOf('<p><b>Originalpublikation:</b><br>Ana Ruiz, Tom Hale: Curved blades. Wind Energy, 2026.</p>')).toEqual([
      'Originalpublikation: Ana Ruiz, Tom Hale: Curved blades. Wind Energy, 2026.',
    ]);
  });

  it('splits paragraphs at blocks and joins inline text', () => {
    expect(paragraphsOf('<p>One <em>small</em> step.</p><div>Two</div>')).toEqual(['One small step.', 'Two']);
  });
});
