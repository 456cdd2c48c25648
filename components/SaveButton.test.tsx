import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { StorageFullError } from '@/lib/db/errors';
import type { ExtractedArticle } from '@/lib/extract/types';
import type { SaveStore } from '@/lib/reading-list/story-store';
import { SaveButton } from './SaveButton';

const article = { url: 'https://news.example/a', title: 'A story' } as ExtractedArticle;
const analysis = { url: article.url } as Analysis;
let root: HTMLElement;

/** An in-memory store with the real store's contract. */
function memoryStore(saved: Map<string, number> = new Map()): SaveStore & { saved: Map<string, number> } {
  let next = 1;
  return {
    saved,
    find: async (a) => saved.get(a.url),
    save: async (a) => {
      const id = next++;
      saved.set(a.url, id);
      return id;
    },
    remove: async (id) => {
      for (const [url, v] of saved) if (v === id) saved.delete(url);
      return { url: article.url, id };
    },
    restore: async (snapshot) => {
      const s = snapshot as { url: string; id: number };
      saved.set(s.url, s.id);
    },
  };
}

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

const q = (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);

async function click(id: string) {
  await act(async () => q(id)!.click());
  await flush();
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('SaveButton', () => {
  it('saves with one click, says so, and undo removes it again', async () => {
    const store = memoryStore();
    const onSavedChange = vi.fn();
    act(() => render(<SaveButton article={article} analysis={analysis} store={async () => store} onSavedChange={onSavedChange} />, root));
    await flush();
    expect(q('save-button')?.disabled).toBe(false);
    await click('save-button');
    expect(store.saved.get(article.url)).toBe(1);
    expect(q('save-state')?.textContent).toContain('saveSaved');
    expect(onSavedChange).toHaveBeenLastCalledWith(true);
    await click('save-undo');
    expect(store.saved.size).toBe(0);
    expect(q('save-button')).not.toBeNull();
    expect(onSavedChange).toHaveBeenLastCalledWith(false);
  });

  it('shows a story saved earlier as saved; remove can be undone', async () => {
    const store = memoryStore(new Map([[article.url, 42]]));
    act(() => render(<SaveButton article={article} analysis={analysis} store={async () => store} />, root));
    await flush();
    expect(q('save-state')).not.toBeNull();
    await click('save-remove');
    expect(store.saved.size).toBe(0);
    expect(q('save-state')?.textContent).toBe('saveRemoved');
    await click('save-undo');
    expect(store.saved.get(article.url)).toBe(42);
    expect(q('save-remove')).not.toBeNull();
  });

  it('explains a full disk and lets the user try again', async () => {
    const store = memoryStore();
    store.save = async () => Promise.reject(new StorageFullError());
    act(() => render(<SaveButton article={article} analysis={analysis} store={async () => store} />, root));
    await flush();
    await click('save-button');
    expect(q('save-error')?.textContent).toBe('saveFailedFull');
    expect(q('save-button')?.disabled).toBe(false);
  });
});
