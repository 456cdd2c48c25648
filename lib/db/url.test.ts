import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/stories';
import { storyUrl, trustedCanonical } from './url';

describe('trustedCanonical', () => {
  it('keeps a web canonical on the page own registrable site', () => {
    expect(trustedCanonical('https://www.example.org/a', 'https://m.example.org/a?x=1')).toBe('https://www.example.org/a');
    expect(trustedCanonical('https://www.bbc.co.uk/news/1', 'https://bbc.co.uk/news/1')).toBe('https://www.bbc.co.uk/news/1');
    expect(trustedCanonical('http://127.0.0.1:8080/a', 'http://127.0.0.1:9000/b')).toBe('http://127.0.0.1:8080/a');
  });

  it('refuses other schemes, other sites and siblings under a shared suffix', () => {
    expect(trustedCanonical('javascript:alert(1)', 'https://news.example/a')).toBeUndefined();
    expect(trustedCanonical('data:text/html,x', 'https://news.example/a')).toBeUndefined();
    expect(trustedCanonical('https://news.example/saved', 'https://evil.example/page')).toBeUndefined();
    expect(trustedCanonical('https://victim.co.uk/a', 'https://attacker.co.uk/a')).toBeUndefined();
    expect(trustedCanonical('https://victim.github.io/a', 'https://attacker.github.io/a')).toBeUndefined();
    expect(trustedCanonical('http://127.0.0.1/a', 'http://localhost/a')).toBeUndefined();
    expect(trustedCanonical('not a url', 'https://news.example/a')).toBeUndefined();
    expect(trustedCanonical('https://news.example/a', 'file:///tmp/page.html')).toBeUndefined();
  });
});

describe('storyUrl', () => {
  it('files a story under the page URL when its canonical is on another site or not a web URL', () => {
    expect(storyUrl(makeArticle({ url: 'https://evil.example/copy', canonicalUrl: 'https://news.example.org/story-1' }))).toBe('https://evil.example/copy');
    expect(storyUrl(makeArticle({ url: 'https://news.example.org/a', canonicalUrl: 'javascript:alert(document.cookie)' }))).toBe('https://news.example.org/a');
    expect(storyUrl(makeArticle({ url: 'https://m.example.org/a?utm_source=x', canonicalUrl: 'https://www.example.org/a' }))).toBe('https://www.example.org/a');
  });
});
