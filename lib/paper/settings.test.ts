import { describe, expect, it } from 'vitest';
import { paperOrigins, readPaperSettings, storedPaperSettings } from './settings';
import { DEFAULT_PAPER_API } from './urls';

describe('paper-check settings', () => {
  it('falls back to the public services and no consent for nothing or junk in storage', () => {
    for (const stored of [undefined, null, 'x', 3, { crossref: 'javascript:alert(1)', unpaywall: 'https://x.test/?q=1', contact: 'not an address', consented: 'yes' }]) {
      expect(readPaperSettings(stored)).toEqual({ api: { ...DEFAULT_PAPER_API, contact: '' }, consented: false });
    }
  });

  it('keeps a contact address, consent and other API bases, and stores only what differs', () => {
    const settings = readPaperSettings({ contact: ' reader@uni.test ', consented: true, crossref: 'http://127.0.0.2:8080/crossref/', unpaywall: DEFAULT_PAPER_API.unpaywall });
    expect(settings).toEqual({ api: { crossref: 'http://127.0.0.2:8080/crossref', unpaywall: DEFAULT_PAPER_API.unpaywall, contact: 'reader@uni.test' }, consented: true });
    expect(storedPaperSettings(settings)).toEqual({ consented: true, contact: 'reader@uni.test', crossref: 'http://127.0.0.2:8080/crossref' });
    expect(readPaperSettings(storedPaperSettings(settings))).toEqual(settings);
  });

  it('asks for one host pattern per service host, without ports', () => {
    expect(paperOrigins(DEFAULT_PAPER_API)).toEqual(['https://api.crossref.org/*', 'https://api.unpaywall.org/*']);
    expect(paperOrigins({ crossref: 'http://127.0.0.2:9000/crossref', unpaywall: 'http://127.0.0.2:9000/unpaywall/v2' })).toEqual(['http://127.0.0.2/*']);
  });
});
