import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoryInput, uniqueDbName } from '@/tests/support/stories';
import { searchStories } from '@/lib/db/search';
import { openCaveatDb, type CaveatDb } from '@/lib/db/schema';
import { getStory, saveStory } from '@/lib/db/stories';
import { PaperLookupError } from '@/lib/paper/errors';
import type { PaperCheck } from '@/lib/paper/types';
import { DEFAULT_PAPER_API } from '@/lib/paper/urls';
import { PaperRecheck } from './PaperRecheck';
import type { PaperService } from './paper-service';

let db: CaveatDb;
let name: string;
let root: HTMLElement;
beforeEach(() => {
  name = uniqueDbName('recheck');
  db = openCaveatDb(name);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  await Dexie.delete(name);
});

const check = (doi: string, retracted: boolean): PaperCheck => ({
  doi,
  checkedAt: '2026-12-06T12:00:00.000Z',
  found: true,
  type: 'journal-article',
  journal: 'Journal X',
  updates: retracted ? [{ kind: 'retraction', date: '2025-01-02' }] : [],
});

function service(answer: (doi: string) => Promise<PaperCheck>): PaperService & { asked: string[]; saved: string[] } {
  const asked: string[] = [];
  const saved: string[] = [];
  return {
    asked,
    saved,
    load: async () => ({ settings: { api: { ...DEFAULT_PAPER_API, contact: '' }, consented: true }, granted: true }),
    request: async () => true,
    save: async (s) => void saved.push(s.api.contact ?? ''),
    client: () => ({
      check: (doi) => {
        asked.push(doi);
        return answer(doi);
      },
      search: async () => [],
    }),
  };
}

async function settle(until: () => boolean) {
  for (let i = 0; i < 200 && !until(); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
  }
}
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('Re-check papers', () => {
  it('checks every cited paper once, keeps the results on the saved stories, and reports', async () => {
    const a = await saveStory(db, makeStoryInput({ url: 'https://news.example/a', doi: '10.5555/a' }));
    await saveStory(db, makeStoryInput({ url: 'https://news.example/b', doi: '10.5555/b' }));
    await saveStory(db, makeStoryInput({ url: 'https://news.example/c', doi: '10.5555/a' }));
    const fake = service(async (doi) => check(doi, doi === '10.5555/a'));
    await act(() => render(<PaperRecheck db={db} service={fake} pace={0} />, root));
    await settle(() => !(q('paper-recheck-start') as HTMLButtonElement | null)?.disabled);
    await act(() => q('paper-recheck-start')!.click());
    await settle(() => !!q('paper-recheck-report'));
    expect(q('paper-recheck-report')?.textContent).toBe('libraryRecheckDone');
    expect(fake.asked.sort()).toEqual(['10.5555/a', '10.5555/b']);
    expect((await getStory(db, a.story.id))?.paper?.updates[0]?.kind).toBe('retraction');
    expect((await searchStories(db, { paperFlagged: true })).total).toBe(2);
  });

  it('stops at once when the network is gone, and says why', async () => {
    await saveStory(db, makeStoryInput({ url: 'https://news.example/a', doi: '10.5555/a' }));
    await saveStory(db, makeStoryInput({ url: 'https://news.example/b', doi: '10.5555/b' }));
    const fake = service(() => Promise.reject(new PaperLookupError('offline', 'crossref', 'x')));
    await act(() => render(<PaperRecheck db={db} service={fake} pace={0} />, root));
    await settle(() => !(q('paper-recheck-start') as HTMLButtonElement | null)?.disabled);
    await act(() => q('paper-recheck-start')!.click());
    await settle(() => !!q('paper-recheck-report'));
    expect(fake.asked).toHaveLength(1);
    expect(q('paper-recheck-report')?.textContent).toBe('libraryRecheckDone libraryRecheckFailed libraryRecheckStopped');
  });

  it('lets the reader set the contact address later, and refuses one that is not an address', async () => {
    const fake = service(async (doi) => check(doi, false));
    await act(() => render(<PaperRecheck db={db} service={fake} pace={0} />, root));
    await settle(() => !(q('paper-contact-save') as HTMLButtonElement | null)?.disabled);
    const type = async (value: string, done: () => boolean) => {
      const input = q('paper-contact-setting') as HTMLInputElement;
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => q('paper-contact-save')!.click());
      await settle(done);
    };
    await type('nobody', () => !!root.querySelector('[role="alert"]'));
    expect(fake.saved).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('paperContactInvalid');
    await type(' me@uni.test ', () => !!q('paper-contact-saved'));
    expect(fake.saved).toEqual(['me@uni.test']);
    expect(q('paper-contact-saved')).not.toBeNull();
  });
});
