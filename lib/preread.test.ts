// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PREREAD_KEY, prereadChange, prereadOrigins, prereadSetting } from './preread';

describe('pre-reading pages', () => {
  it('is on only when storage says exactly true', () => {
    expect(prereadSetting({ [PREREAD_KEY]: true })).toBe(true);
    for (const junk of [undefined, false, 'true', 1, {}]) expect(prereadSetting({ [PREREAD_KEY]: junk })).toBe(false);
    expect(prereadSetting({})).toBe(false);
  });

  it('registers or unregisters only what differs', () => {
    expect(prereadChange(true, false)).toBe('register');
    expect(prereadChange(false, true)).toBe('unregister');
    expect(prereadChange(true, true)).toBeNull();
    expect(prereadChange(false, false)).toBeNull();
  });

  it('asks for every http(s) site, and in end-to-end builds for the test server only', () => {
    expect(prereadOrigins(false)).toEqual(['http://*/*', 'https://*/*']);
    expect(prereadOrigins(true)).toEqual(['http://127.0.0.1/*']);
  });
});
