import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/library/App';
import { getAllStories, openCaveatDb, saveStory, type CaveatDb } from '@/lib/db';
import { clearStories } from '@/lib/db/rows';
import { makeAnalysis, makeArticle } from '../support/stories';
import { settle, until } from '../support/settle';

let db: CaveatDb;
let root: HTMLElement;
let n = 0;

const q = <E extends Element = HTMLElement>(id: string) => root.querySelector<E>(`[data-testid="${id}"]`);
const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const titles = () => all('story-title').map((a) => a.textContent);

async function type(id: string, value: string) {
  const input = q<HTMLInputElement>(id)!;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(id: string) {
  await act(async () => q<HTMLButtonElement>(id)!.click());
  await settle();
}

async function seed() {
  const stories = [
    { url: 'https://news.example/mice', title: 'Memory cells help mice fight tumours', paragraphs: ['Engineered lymphocytes persisted in rodents for months.'] },
    { url: 'https://news.example/ice', title: 'Greenland ice melts faster', paragraphs: ['Satellite gravimetry shows the ice sheet thinning.'] },
    { url: 'https://news.example/rsv', title: 'Infant RSV shot studied', paragraphs: ['Records of many infants were compared after the campaign.'] },
  ];
  for (const [i, o] of stories.entries()) {
    const article = makeArticle(o);
    await saveStory(db, { article, analysis: makeAnalysis(article), contentHtml: article.contentHtml, now: 1_000 + i });
  }
}

beforeEach(async () => {
  // The page keeps its query in the address; start each test from a clean one.
  history.replaceState(null, '', '/library.html');
  db = openCaveatDb(`library-test-${++n}`);
  await seed();
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<App db={db} listHeight={400} />, root));
  await until(() => titles().length === 3);
});
afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
  vi.restoreAllMocks();
});

describe('library page', () => {
  it('lists saved stories newest first and finds one by a word from its body', async () => {
    expect(titles()).toEqual(['Infant RSV shot studied', 'Greenland ice melts faster', 'Memory cells help mice fight tumours']);
    await type('list-search', 'lymphocytes');
    await until(() => titles().length === 1);
    expect(titles()).toEqual(['Memory cells help mice fight tumours']);
    await type('list-search', 'nothingmatcheshere');
    await until(() => !!q('list-empty'));
    expect(q('list-empty')?.textContent).toBe('listNoMatch');
  });

  it('tags the selected stories and filters by that tag', async () => {
    const checks = all('story-check') as HTMLInputElement[];
    await act(async () => checks[1].click());
    expect(q('selected-count')?.textContent).toBe('listSelectedCount');
    await type('bulk-tag-input', 'Climate');
    await click('bulk-tag-add');
    await until(() => all('story-tag').length === 1);
    const saved = await getAllStories(db);
    expect(saved.find((s) => s.url === 'https://news.example/ice')?.tags).toEqual(['Climate']);
    expect(q('toast')).not.toBeNull();

    const tagFilter = q<HTMLSelectElement>('filter-tag')!;
    await until(() => tagFilter.querySelectorAll('option').length === 2);
    await act(async () => {
      tagFilter.value = 'Climate';
      tagFilter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => titles().length === 1);
    expect(titles()).toEqual(['Greenland ice melts faster']);
  });

  it('drops from the selection a story that a new search hides', async () => {
    const checks = all('story-check') as HTMLInputElement[];
    await act(async () => checks[1].click());
    expect(q<HTMLButtonElement>('bulk-delete')?.disabled).toBe(false);
    await type('list-search', 'lymphocytes');
    await until(() => titles().length === 1);
    await until(() => q<HTMLButtonElement>('bulk-delete')?.disabled === true);
    await type('list-search', '');
    await until(() => titles().length === 3);
    expect((all('story-check') as HTMLInputElement[]).some((c) => c.checked)).toBe(false);
  });

  it('deletes the selection and brings it back with Undo', async () => {
    await click('select-shown');
    await until(() => (all('story-check') as HTMLInputElement[]).every((c) => c.checked));
    await click('bulk-delete');
    await until(() => !!q('list-empty'));
    expect(await db.stories.count()).toBe(0);
    expect(q('list-empty')?.textContent).toBe('listEmpty');
    await click('toast-undo');
    await until(() => titles().length === 3);
    expect(await db.stories.count()).toBe(3);
  });

  it('tells the background which stories a delete took away and its undo put back', async () => {
    const onSavedChange = vi.fn();
    act(() => render(<App db={db} listHeight={400} onSavedChange={onSavedChange} />, root));
    await click('select-shown');
    await until(() => (all('story-check') as HTMLInputElement[]).every((c) => c.checked));
    await click('bulk-delete');
    await until(() => !!q('list-empty'));
    const urls = ['https://news.example/mice', 'https://news.example/ice', 'https://news.example/rsv'];
    expect(onSavedChange).toHaveBeenCalledTimes(1);
    expect(onSavedChange.mock.calls[0][0].sort()).toEqual([...urls].sort());
    expect(onSavedChange.mock.calls[0][1]).toBe(false);
    await click('toast-undo');
    await until(() => titles().length === 3);
    expect(onSavedChange).toHaveBeenCalledTimes(2);
    expect(onSavedChange.mock.calls[1][0].sort()).toEqual([...urls].sort());
    expect(onSavedChange.mock.calls[1][1]).toBe(true);
  });

  it('selects and opens with the keyboard', async () => {
    const grid = q('story-list')!;
    await act(async () => {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await act(async () => {
      grid.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    });
    const checks = all('story-check') as HTMLInputElement[];
    expect(checks.map((c) => c.checked)).toEqual([false, true, false]);
  });

  it('exports all stories as a download and imports the file back', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:caveat-test';
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await click('export-all');
    await until(() => blob !== undefined);
    expect(clicked).toHaveBeenCalled();
    const text = await blob!.text();
    expect(text).toContain('Greenland ice melts faster');

    await clearStories(db);
    await until(() => !!q('list-empty'));
    const input = q<HTMLInputElement>('import-file')!;
    const file = new File([text], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => titles().length === 3);
    expect(q('toast')?.textContent).toContain('listImportReport');
  });

  it('reports a broken import file and changes nothing', async () => {
    const input = q<HTMLInputElement>('import-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"not": "caveat"'], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => !!q('list-error'));
    expect(await db.stories.count()).toBe(3);
  });
});
