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

beforeEach(() => {
  db = openCaveatDb(`reader-test-${++n}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
});

async function saved() {
  const article = makeArticle({
    title: 'Gene therapy helps one patient',
    paragraphs: ['A single patient received the therapy.', 'Doctors were cautious.'],
    contentHtml: '<p>A single patient received the therapy.</p><script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">',
  });
  const { story } = await saveStory(db, { article, analysis: makeAnalysis(article), contentHtml: article.contentHtml });
  return story;
}

describe('reader view', () => {
  it('shows the stored story as text, never running its markup', async () => {
    const story = await saved();
    act(() => render(<App db={db} id={story.id} />, root));
    await until(() => !!q('reader-title'));
    expect(q('reader-title')?.textContent).toBe('Gene therapy helps one patient');
    const body = q('reader-body')!;
    expect(body.textContent).toContain('A single patient received the therapy.');
    expect(body.querySelector('script, img[onerror]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(q<HTMLAnchorElement>('reader-original')?.getAttribute('rel')).toContain('noopener');
  });

  it('adds a tag, marks read and saves notes to the database', async () => {
    const story = await saved();
    act(() => render(<App db={db} id={story.id} />, root));
    await until(() => !!q('reader-title'));

    const input = q<HTMLInputElement>('reader-tag-input')!;
    await act(async () => {
      input.value = 'gene therapy';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => q<HTMLButtonElement>('reader-tag-add')!.click());
    await until(() => !!q('reader-tags')?.textContent?.includes('gene therapy'));
    expect((await getStory(db, story.id))?.tags).toEqual(['gene therapy']);

    await act(async () => q<HTMLButtonElement>('reader-read')!.click());
    await until(() => q('reader-read')?.getAttribute('aria-pressed') === 'true');
    expect((await getStory(db, story.id))?.read).toBe(true);

    const notes = q<HTMLTextAreaElement>('reader-notes')!;
    await act(async () => {
      notes.value = 'Only one patient: early days.';
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => q<HTMLButtonElement>('reader-notes-save')!.click());
    await settle();
    expect((await getStory(db, story.id))?.notes).toBe('Only one patient: early days.');
  });

  it('renders a story whose sources hold malformed links (as an imported file may)', async () => {
    const article = makeArticle({ title: 'Odd links' });
    const analysis = makeAnalysis(article);
    analysis.sources = [
      { kind: 'paper', url: 'http://[not a host' },
      { kind: 'press-release', url: 'https://exa mple.org/x' },
      { kind: 'paper', doi: '10.1000/x', url: 'javascript:alert(1)' },
    ];
    const { story } = await saveStory(db, { article, analysis, contentHtml: article.contentHtml });
    act(() => render(<App db={db} id={story.id} />, root));
    await until(() => !!q('reader-title'));
    expect(q('reader-title')?.textContent).toBe('Odd links');
    await until(() => root.querySelectorAll('[data-testid="section-sources"] .source-item').length === 3);
    expect(root.querySelector('a[href^="javascript:"], a[href^="http://["]')).toBeNull();
  });

  it('two tabs on one story: untouched notes follow the other tab, and an edit begun before its save is never written over it', async () => {
    const story = await saved();
    const second = document.createElement('div');
    document.body.append(second);
    try {
      act(() => render(<App db={db} id={story.id} />, root));
      act(() => render(<App db={db} id={story.id} />, second));
      await until(() => !!q('reader-notes') && !!second.querySelector('[data-testid="reader-notes"]'));
      const notesOf = (el: HTMLElement) => el.querySelector<HTMLTextAreaElement>('[data-testid="reader-notes"]')!;
      const type = async (el: HTMLElement, text: string) =>
        act(async () => {
          notesOf(el).value = text;
          notesOf(el).dispatchEvent(new Event('input', { bubbles: true }));
        });
      const blur = async (el: HTMLElement) =>
        act(async () => {
          notesOf(el).dispatchEvent(new FocusEvent('blur'));
        });

      // Tab one saves; tab two, untouched, shows it; clicking into and out of tab two writes nothing old back.
      await type(root, 'First thoughts');
      await blur(root);
      await until(() => notesOf(second).value === 'First thoughts');
      await act(async () => {
        notesOf(second).dispatchEvent(new FocusEvent('focus'));
      });
      await blur(second);
      await settle();
      expect((await getStory(db, story.id))?.notes).toBe('First thoughts');

      // Tab two starts an edit; tab one saves meanwhile: tab two is told, and its blur overwrites nothing.
      await type(second, 'First thoughts, and a question');
      await type(root, 'Rewritten in tab one');
      await blur(root);
      await until(() => !!second.querySelector('[data-testid="notes-conflict"]'));
      expect(second.querySelector('[data-testid="notes-conflict-stored"]')?.textContent).toBe('Rewritten in tab one');
      await blur(second);
      await settle();
      expect((await getStory(db, story.id))?.notes).toBe('Rewritten in tab one');
      expect(notesOf(second).value).toBe('First thoughts, and a question');
      // The reader chooses: keep theirs.
      await act(async () => second.querySelector<HTMLButtonElement>('[data-testid="notes-keep-mine"]')!.click());
      await until(() => notesOf(root).value === 'First thoughts, and a question');
      expect((await getStory(db, story.id))?.notes).toBe('First thoughts, and a question');
      expect(second.querySelector('[data-testid="notes-conflict"]')).toBeNull();
    } finally {
      render(null, second);
      second.remove();
    }
  });

  it('says so when the story is not in the list', async () => {
    act(() => render(<App db={db} id={999} />, root));
    await until(() => !!q('reader-missing'));
    expect(q('reader-missing')?.textContent).toBe('readerNotFound');
  });
});
