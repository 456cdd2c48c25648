import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/reader/App';
import { openCaveatDb, saveStory, getStory, type CaveatDb } from '@/lib/db';
import { makeAnalysis, makeArticle } from '../support/stories';
import { settle, until } from '../support/settle';

let db: CaveatDb;
let root: HTMLElement;
let n = 0;

const q = <E extends Element = HTMLElement>(id: string) => root.querySelector<E>(`[data-testid="${id}"]`);
const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

beforeEach(() => {
  db = openCaveatDb(`reader-highlights-${++n}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
});

async function open() {
  const article = makeArticle({ paragraphs: ['Mice given the drug lived longer than others.', 'No people were tested yet.'] });
  const { story } = await saveStory(db, { article, analysis: makeAnalysis(article), contentHtml: article.contentHtml });
  act(() => render(<App db={db} id={story.id} />, root));
  await until(() => !!q('reader-body'));
  return story.id;
}

/** Selects `words` in the reader's article body, as a user's drag would. */
function select(words: string) {
  const p = [...q('reader-body')!.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!;
  const text = p.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, text.data.indexOf(words));
  range.setEnd(text, text.data.indexOf(words) + words.length);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

describe('highlights in the reader', () => {
  it('highlights the selection with H, takes a note, marks the words, and deletes with undo', async () => {
    const id = await open();
    select('lived longer');
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    });
    await until(() => all('highlight-item').length === 1);
    expect(q('highlight-quote')!.textContent).toBe('lived longer');
    await until(() => q('reader-body')!.querySelector('mark.caveat-hl')?.textContent === 'lived longer');

    const note = q<HTMLTextAreaElement>('highlight-note')!;
    expect(document.activeElement).toBe(note);
    await act(async () => {
      note.value = 'Only in mice';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => q<HTMLButtonElement>('highlight-note-save')!.click());
    await until(() => (q('reader-body')!.querySelector('mark.caveat-hl') as HTMLElement | null)?.title === 'Only in mice');
    const [h] = (await getStory(db, id))!.highlights;
    expect(h).toMatchObject({ exact: 'lived longer', note: 'Only in mice', prefix: 'Mice given the drug ' });

    await act(async () => q<HTMLButtonElement>('highlight-delete')!.click());
    await until(() => all('highlight-item').length === 0 && !!q('toast-undo'));
    expect(q('reader-body')!.querySelector('mark.caveat-hl')).toBeNull();
    expect((await getStory(db, id))!.highlights).toEqual([]);
    await act(async () => q<HTMLButtonElement>('toast-undo')!.click());
    await until(() => all('highlight-item').length === 1);
    expect((await getStory(db, id))!.highlights).toEqual([h]);
  });

  it('the button highlights too, and with nothing selected says what to do', async () => {
    const id = await open();
    await act(async () => q<HTMLButtonElement>('highlight-add')!.click());
    expect(q('highlight-status')!.textContent).toMatch(/highlightNothingSelected|Select some words/);
    select('No people were tested');
    await act(async () => q<HTMLButtonElement>('highlight-add')!.click());
    await until(() => all('highlight-item').length === 1);
    expect((await getStory(db, id))!.highlights[0].exact).toBe('No people were tested');
  });
});
