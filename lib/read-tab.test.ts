// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { readTab } from './read-tab';
import type { ExtractResult } from './extract/types';

const article = { ok: true, article: { title: 'T' } } as unknown as ExtractResult;

describe('readTab', () => {
  it('does not inject into pages browsers protect', async () => {
    const inject = vi.fn();
    expect(await readTab('chrome://settings', inject, vi.fn())).toEqual({ kind: 'blocked', reason: 'browser-page' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects, then asks for the article', async () => {
    const order: string[] = [];
    const outcome = await readTab('https://news.example/', async () => void order.push('inject'), async () => (order.push('extract'), article));
    expect(order).toEqual(['inject', 'extract']);
    expect(outcome).toEqual({ kind: 'ok', result: article });
  });

  it('reports a page the browser refuses to script as blocked', async () => {
    const refuse = async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    };
    expect(await readTab('https://news.example/', refuse, vi.fn())).toEqual({ kind: 'blocked', reason: 'browser-page' });
  });

  it('maps extraction failures to their own messages', async () => {
    const notArticle = async (): Promise<ExtractResult> => ({ ok: false, reason: 'not-article', title: 'Home' });
    const tooLarge = async (): Promise<ExtractResult> => ({ ok: false, reason: 'too-large', title: null });
    expect(await readTab('https://x.example/', async () => {}, notArticle)).toEqual({ kind: 'not-article', title: 'Home' });
    expect(await readTab('https://x.example/', async () => {}, tooLarge)).toEqual({ kind: 'too-large' });
  });

  it('reports other errors as failures with their detail', async () => {
    const broken = async (): Promise<ExtractResult> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await readTab('https://x.example/', async () => {}, broken)).toEqual({ kind: 'failed', detail: 'Could not establish connection. Receiving end does not exist.' });
  });

  it('gives up with a message when the page never answers (a page that never finishes loading)', async () => {
    const timers: [() => void, number][] = [];
    const pending = readTab('https://news.example/', () => new Promise<void>(() => undefined), vi.fn(), { setTimer: (run, ms) => timers.push([run, ms]) });
    expect(timers.map(([, ms]) => ms)).toEqual([8_000]);
    timers[0][0]();
    expect(await pending).toEqual({ kind: 'too-slow' });
  });

  it('says "too long to read" when extraction ran out of its time', async () => {
    const slow = async (): Promise<ExtractResult> => ({ ok: false, reason: 'too-slow', title: null });
    expect(await readTab('https://x.example/', async () => {}, slow)).toEqual({ kind: 'too-slow' });
  });

  it('takes the answer of a script already in the tab without injecting', async () => {
    const inject = vi.fn(async () => {});
    const extract = vi.fn(async () => article);
    const outcome = await readTab('https://news.example/', inject, extract, { askFirst: async () => article });
    expect(outcome).toEqual({ kind: 'ok', result: article });
    expect(inject).not.toHaveBeenCalled();
    expect(extract).not.toHaveBeenCalled();
  });

  it('injects as before when no script in the tab answers', async () => {
    const order: string[] = [];
    const nobody = async (): Promise<ExtractResult> => {
      order.push('ask');
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const outcome = await readTab('https://news.example/', async () => void order.push('inject'), async () => (order.push('extract'), article), { askFirst: nobody });
    expect(order).toEqual(['ask', 'inject', 'extract']);
    expect(outcome).toEqual({ kind: 'ok', result: article });
  });

  it('never asks a page browsers protect', async () => {
    const askFirst = vi.fn(async () => article);
    expect(await readTab('about:addons', vi.fn(), vi.fn(), { askFirst })).toEqual({ kind: 'blocked', reason: 'browser-page' });
    expect(askFirst).not.toHaveBeenCalled();
  });
});
