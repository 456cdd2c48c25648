// @vitest-environment node
// The library's re-check: one paper at a time at a polite pace, waits when asked, stops when the network is gone.
import { describe, expect, it } from 'vitest';
import { PaperLookupError } from './errors';
import { recheckPapers } from './recheck';
import type { PaperCheck } from './types';

const checked = (doi: string): PaperCheck => ({ doi, checkedAt: '2026-12-06T00:00:00.000Z', found: true, updates: [] });

function harness(fail: Record<string, PaperLookupError[]> = {}) {
  const log: string[] = [];
  return {
    log,
    options: {
      check: async (doi: string) => {
        log.push(`check ${doi}`);
        const next = fail[doi]?.shift();
        if (next) throw next;
        return checked(doi);
      },
      store: async (c: PaperCheck) => void log.push(`store ${c.doi}`),
      sleep: async (ms: number) => void log.push(`wait ${ms}`),
      onProgress: (done: number, total: number) => void log.push(`${done}/${total}`),
      paceMs: 1_000,
    },
  };
}

describe('recheckPapers', () => {
  it('checks each DOI once, pausing between papers, and reports progress', async () => {
    const { log, options } = harness();
    const report = await recheckPapers([{ doi: 'a' }, { doi: 'b' }, { doi: 'a' }], options);
    expect(report).toEqual({ total: 2, checked: 2, failed: 0 });
    expect(log).toEqual(['0/2', 'check a', 'store a', '1/2', 'wait 1000', 'check b', 'store b', '2/2']);
  });

  it('waits as long as a 429 asks and tries again; a service that keeps refusing stops the run', async () => {
    const limited = () => new PaperLookupError('rate-limited', 'crossref', 'HTTP 429', 5_000);
    const once = harness({ a: [limited()] });
    expect(await recheckPapers([{ doi: 'a' }], once.options)).toEqual({ total: 1, checked: 1, failed: 0 });
    expect(once.log).toContain('wait 5000');
    const always = harness({ a: [limited(), limited(), limited()] });
    expect(await recheckPapers([{ doi: 'a' }, { doi: 'b' }], always.options)).toEqual({ total: 2, checked: 0, failed: 1, stopped: 'rate-limited' });
    expect(always.log.filter((l) => l === 'check b')).toEqual([]);
  });

  it('stops at once when offline; other failures are counted and the run goes on', async () => {
    const offline = harness({ a: [new PaperLookupError('offline', 'crossref', 'down')] });
    expect(await recheckPapers([{ doi: 'a' }, { doi: 'b' }], offline.options)).toMatchObject({ checked: 0, stopped: 'offline' });
    const flaky = harness({ a: [new PaperLookupError('timeout', 'crossref', 'slow')] });
    expect(await recheckPapers([{ doi: 'a' }, { doi: 'b' }], flaky.options)).toEqual({ total: 2, checked: 1, failed: 1 });
  });

  it('the reader can stop it', async () => {
    const controller = new AbortController();
    const { options } = harness();
    const report = await recheckPapers([{ doi: 'a' }, { doi: 'b' }], { ...options, signal: controller.signal, store: async () => controller.abort() });
    expect(report).toEqual({ total: 2, checked: 1, failed: 0, stopped: 'cancelled' });
  });
});
