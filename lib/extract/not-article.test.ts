// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { endlessWordPage, jsonDocument, pngBytes, randomBytes, searchResultsPage } from '../../tests/support/hostile-pages';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from '.';
import { searchQuery } from './not-article';

function read(html: string, url = 'https://x.example/page') {
  const { document, close } = parseHtml(html, url);
  try {
    return extractArticle(document, { url });
  } finally {
    void close();
  }
}

// A browser shows a file without a charset as Windows-1252 (Latin-1 here), Node's CLI reads UTF-8: both are tried.
const asText = (bytes: Uint8Array) => [Buffer.from(bytes).toString('latin1'), Buffer.from(bytes).toString('utf8')];

describe('pages that are no article', () => {
  it('a search results page', () => {
    expect(read(searchResultsPage(), 'https://search.example/search?q=memory+t+cells')).toMatchObject({ ok: false, reason: 'not-article', kind: 'search-results' });
    // Known by its search box too, whatever its address.
    expect(read(searchResultsPage(), 'https://search.example/r/123')).toMatchObject({ ok: false, kind: 'search-results' });
  });

  it('random bytes and a PNG served as a web page', () => {
    for (const text of [...asText(randomBytes(40_000)), ...asText(pngBytes())]) {
      expect(read(text)).toMatchObject({ ok: false, reason: 'not-article', kind: 'binary' });
    }
  });

  it('a JSON document, shown as text', () => {
    expect(read(jsonDocument())).toMatchObject({ ok: false, reason: 'not-article', kind: 'json' });
    expect(read(`<html><body><pre>${jsonDocument()}</pre></body></html>`)).toMatchObject({ ok: false, kind: 'json' });
  });

  it('one word of 300,000 characters', () => {
    expect(read(endlessWordPage())).toMatchObject({ ok: false, reason: 'not-article', kind: 'no-words' });
  });

  it('knows a search address by its query or its path', () => {
    expect(searchQuery('https://s.example/search?q=mice+study')).toBe('mice study');
    expect(searchQuery('https://s.example/search/crispr-babies')).toBe('crispr babies');
    expect(searchQuery('https://news.example/2024/05/mice-study')).toBeNull();
  });
});
