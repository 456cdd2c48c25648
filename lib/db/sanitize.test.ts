import { describe, expect, it } from 'vitest';
import { canSanitize, displayHtml, paragraphsToHtml, sanitizeArticleHtml, sanitizeForStorage, SanitizerUnavailableError } from './sanitize';

// DOMPurify's own authors warn it is unsafe on happy-dom; the canary check must notice and refuse.
describe('sanitizer gate', () => {
  it('refuses to trust a simulated DOM (happy-dom) or a context without one', () => {
    expect(canSanitize()).toBe(false);
    expect(canSanitize(undefined)).toBe(false);
    expect(() => sanitizeArticleHtml('<p>x</p><script>y</script>')).toThrow(SanitizerUnavailableError);
    // The content script's helper answers null instead, so the background falls back to escaped text.
    expect(sanitizeForStorage('<p>x</p><script>y</script>')).toBeNull();
  });

  it('falls back to escaped text for display', () => {
    expect(displayHtml({ contentHtml: '<script>x()</script>', text: 'One <b>\n\nTwo & three' })).toBe('<p>One &lt;b&gt;</p>\n<p>Two &amp; three</p>');
    expect(paragraphsToHtml(['"q" <img onerror=x>'])).toBe('<p>&quot;q&quot; &lt;img onerror=x&gt;</p>');
  });
});
