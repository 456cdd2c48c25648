// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blockedReason } from './page-kind';

describe('blockedReason', () => {
  it.each([
    ['https://news.example/story', null],
    ['http://127.0.0.1:8080/a.html', null],
    ['chrome://extensions/', 'browser-page'],
    ['about:newtab', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://chrome.google.com/search?q=x', null],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://example.org/paper.pdf', 'pdf'],
    ['file:///home/me/paper.PDF', 'pdf'],
    ['file:///home/me/page.html', 'file'],
    ['view-source:https://example.org/', 'view-source'],
    ['', 'no-url'],
    [undefined, 'no-url'],
    ['not a url', 'no-url'],
  ])('%s → %s', (url, reason) => {
    expect(blockedReason(url)).toBe(reason);
  });
});
