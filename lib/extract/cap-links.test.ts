import { describe, expect, it } from 'vitest';
import { capAnchorsInHtml, capLinks } from './cap-links';

describe('the link cap', () => {
  it('unwraps anchors past the cap in a document, keeping their words in place', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = `<p>${Array.from({ length: 6 }, (_, i) => `<a href="/${i}"><b>w${i}</b></a>`).join(' ')}</p>`;
    expect(capLinks(doc, 4)).toBe(2);
    expect(doc.body.innerHTML).toBe('<p><a href="/0"><b>w0</b></a> <a href="/1"><b>w1</b></a> <a href="/2"><b>w2</b></a> <a href="/3"><b>w3</b></a> <b>w4</b> <b>w5</b></p>');
    expect(capLinks(doc, 4)).toBe(0);
  });

  it('drops the tags of anchors past the cap in page source, pairing each closing tag with its own', () => {
    const html = '<p><a href="/0" title="a > b">zero</a> <A HREF=\'/1\'>one</A> <a href="/2">two</a> and <a href="/3">three</p>';
    expect(capAnchorsInHtml(html, 2)).toBe('<p><a href="/0" title="a > b">zero</a> <A HREF=\'/1\'>one</A> two and three</p>');
    expect(capAnchorsInHtml(html, 10)).toBe(html);
  });
});
