import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperLookupError } from '@/lib/paper/errors';
import type { PaperClient } from '@/lib/paper/client';
import type { PaperSettings } from '@/lib/paper/settings';
import type { PaperCheck } from '@/lib/paper/types';
import { DEFAULT_PAPER_API } from '@/lib/paper/urls';
import { PaperPanel } from './PaperPanel';
import type { PaperService } from './paper-service';

const RETRACTED: PaperCheck = {
  doi: '10.5555/x',
  checkedAt: '2026-12-06T12:00:00.000Z',
  found: true,
  title: 'A paper',
  journal: 'Journal X',
  type: 'journal-article',
  updates: [{ kind: 'retraction', date: '2024-05-03', noticeDoi: '10.5555/x.notice' }],
  openCopy: { url: 'https://repo.example/x.pdf', pdf: true },
};

/** A browser stand-in: the permission, storage and the client's answers, with a log of what was asked in what order. */
function fakeService(init: { granted?: boolean; consented?: boolean; allow?: boolean; check?: () => Promise<PaperCheck>; candidates?: PaperClient['search'] } = {}) {
  const log: string[] = [];
  let settings: PaperSettings = { api: { ...DEFAULT_PAPER_API, contact: '' }, consented: init.consented ?? false };
  let granted = init.granted ?? false;
  const service: PaperService & { log: string[] } = {
    log,
    load: async () => ({ settings, granted }),
    request: (s) => {
      log.push(`request ${s.api.contact}`);
      granted = init.allow ?? true;
      return Promise.resolve(granted);
    },
    save: async (s) => {
      settings = s;
      log.push('save');
    },
    client: () => ({
      check: (doi, matchedBy) => {
        log.push(`check ${doi} ${matchedBy ?? 'doi'}`);
        return init.check ? init.check() : Promise.resolve({ ...RETRACTED, doi, ...(matchedBy === 'reader' ? { matchedBy } : {}) });
      },
      search: init.candidates ?? (async () => []),
    }),
  };
  return service;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function flush() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
async function click(id: string) {
  await act(() => q(id)!.click());
  await flush();
}

describe('Check the paper', () => {
  it('sends nothing until clicked; the first click explains, then asks the browser, checks and keeps the result', async () => {
    const service = fakeService();
    const kept: PaperCheck[] = [];
    await act(() => render(<PaperPanel doi="10.5555/x" hints={{ title: 'A story' }} service={service} onChecked={async (c) => void kept.push(c)} />, root));
    await flush();
    expect(service.log).toEqual([]);
    await click('paper-check');
    expect(q('paper-consent')?.textContent).toMatch(/paperConsentBody/);
    expect(service.log).toEqual([]);
    const input = q('paper-contact') as HTMLInputElement;
    await act(() => {
      input.value = 'me@uni.test';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('paper-allow');
    // The permission request comes first, straight from the click; only then storage and the network.
    expect(service.log).toEqual(['request me@uni.test', 'save', 'check 10.5555/x doi']);
    expect(kept).toHaveLength(1);
    expect(q('paper-retraction')?.textContent).toMatch(/paperRetracted/);
    expect(q('paper-open-copy')?.getAttribute('href')).toBe('https://repo.example/x.pdf');
  });

  it('asks only once: with consent and the permission, a click checks at once', async () => {
    const service = fakeService({ granted: true, consented: true });
    await act(() => render(<PaperPanel doi="10.5555/x" hints={{ title: 'A story' }} service={service} onChecked={async () => {}} />, root));
    await flush();
    await click('paper-check');
    expect(q('paper-consent')).toBeNull();
    expect(service.log).toEqual(['check 10.5555/x doi']);
  });

  it('says so when the browser refuses, and checks nothing', async () => {
    const service = fakeService({ allow: false });
    await act(() => render(<PaperPanel doi="10.5555/x" hints={{ title: 'A story' }} service={service} onChecked={async () => {}} />, root));
    await flush();
    await click('paper-check');
    await click('paper-allow');
    expect(q('paper-message')?.textContent).toBe('paperDenied');
    expect(service.log).toEqual(['request ']);
    expect(q('paper-check')).not.toBeNull();
  });

  it('gives a short message when offline or rate-limited, and the button stays', async () => {
    for (const kind of ['offline', 'rate-limited'] as const) {
      const service = fakeService({ granted: true, consented: true, check: () => Promise.reject(new PaperLookupError(kind, 'crossref', 'x')) });
      await act(() => render(<PaperPanel doi="10.5555/x" hints={{ title: 'A story' }} service={service} onChecked={async () => {}} />, root));
      await flush();
      await click('paper-check');
      expect(q('paper-message')?.textContent).toBe(`paperError_${kind.replace('-', '_')}`);
      expect(q('paper-check')).not.toBeNull();
      render(null, root);
    }
  });

  it('refuses a contact address that is not one, and keeps what was typed', async () => {
    const service = fakeService();
    await act(() => render(<PaperPanel doi="10.5555/x" hints={{ title: 'A story' }} service={service} onChecked={async () => {}} />, root));
    await flush();
    await click('paper-check');
    const input = q('paper-contact') as HTMLInputElement;
    await act(() => {
      input.value = 'not-an-address';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('paper-allow');
    expect(service.log).toEqual([]);
    expect((q('paper-contact') as HTMLInputElement).value).toBe('not-an-address');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('paperContactInvalid');
  });

  it('without a DOI, offers candidates and checks only the one the reader confirms', async () => {
    const service = fakeService({
      granted: true,
      consented: true,
      candidates: async () => [{ doi: '10.5555/a', title: 'Paper A' }, { doi: '10.5555/b', title: 'Paper B' }],
    });
    const kept: PaperCheck[] = [];
    await act(() => render(<PaperPanel hints={{ title: 'Foxes at night near roads', journal: 'J' }} service={service} onChecked={async (c) => void kept.push(c)} />, root));
    await flush();
    await click('paper-check');
    expect(q('paper-candidates')?.textContent).toMatch(/Paper A[\s\S]*Paper B/);
    expect(kept).toEqual([]);
    await act(() => root.querySelectorAll<HTMLElement>('[data-testid="paper-choose"]')[1].click());
    await flush();
    expect(service.log).toEqual(['check 10.5555/b reader']);
    expect(kept[0]).toMatchObject({ doi: '10.5555/b', matchedBy: 'reader' });
    expect(q('paper-chosen')).not.toBeNull();
  });
});
