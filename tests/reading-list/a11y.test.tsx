import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App as Library } from '@/entrypoints/library/App';
import { App as Reader } from '@/entrypoints/reader/App';
import { openCaveatDb, saveStory, type CaveatDb } from '@/lib/db';
import { makeAnalysis, makeArticle } from '../support/stories';
import { until } from '../support/settle';

let db: CaveatDb | undefined;
let root: HTMLElement | undefined;

async function violations() {
  // Colour contrast needs real layout, which happy-dom does not compute.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function mount(name: string, ui: (db: CaveatDb, id: number) => preact.JSX.Element) {
  history.replaceState(null, '', '/page.html');
  db = openCaveatDb(name);
  const article = makeArticle({ title: 'A tagged story' });
  const { story } = await saveStory(db, { article, analysis: makeAnalysis(article), contentHtml: article.contentHtml });
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui(db!, story.id), root!));
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  db?.close();
});

describe('accessibility (axe-core)', () => {
  it('library page has no violations', async () => {
    await mount('a11y-library', (db) => <Library db={db} listHeight={300} />);
    await until(() => !!root!.querySelector('[data-testid="story-row"]'));
    expect(await violations()).toEqual([]);
  });

  it('reader page has no violations', async () => {
    await mount('a11y-reader', (db, id) => <Reader db={db} id={id} />);
    await until(() => !!root!.querySelector('[data-testid="reader-title"]'));
    expect(await violations()).toEqual([]);
  });
});
