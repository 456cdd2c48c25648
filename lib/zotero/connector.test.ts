// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeZotero, type FakeZotero } from '../../tests/support/fake-zotero.mjs';
import { makeStoryInput } from '../../tests/support/stories';
import type { Analysis } from '../analysis/types';
import { createConnector, ZoteroUnavailableError } from './connector';
import type { ZoteroStory } from './items';

let zotero: FakeZotero;
beforeEach(async () => {
  zotero = await startFakeZotero();
});
afterEach(() => zotero.close());

function story(i: number, extra: Partial<ZoteroStory> = {}): ZoteroStory {
  const { article, analysis } = makeStoryInput({ url: `https://news.example.org/s${i}`, title: `Story ${i} about <mice>`, journal: 'Nature', doi: `10.1038/s4158${i}` });
  const a: Analysis = { ...analysis, sources: [...analysis.sources, { kind: 'researcher', name: 'Jane Roe', role: 'lead author' }, { kind: 'researcher', name: 'Tom Ode', role: 'not involved in the study' }] };
  return { url: article.url, title: article.title, byline: 'By Ada Lovelace', siteName: 'Example News', publishedTime: '2024-03-05T10:00:00Z', lang: 'en', excerpt: null, analysis: a, tags: ['mice'], notes: '', highlights: [], ...extra };
}

const connector = () => createConnector({ fetch, base: zotero.base, now: () => new Date('2025-01-02T03:04:05Z'), sessionId: () => 'session-1' });

describe('sending to Zotero', () => {
  it('sends two stories as two news items with notes, each related to its paper', async () => {
    const h = { id: 'h1', exact: 'kept its charge', prefix: 'The prototype ', suffix: ' for months', start: 3, note: 'Check the <dose>', color: 'yellow' as const, createdAt: 1 };
    expect(await connector().saveStories([story(1, { notes: 'My own note', highlights: [h] }), story(2)])).toBe(4);
    expect(zotero.requests.map((r) => r.path)).toEqual(['/connector/ping', '/connector/saveItems']);
    expect(zotero.requests.every((r) => r.headers['x-zotero-connector-api-version'] === '3')).toBe(true);
    const items = zotero.savedItems();
    expect(items.map((i) => i.itemType)).toEqual(['newspaperArticle', 'journalArticle', 'newspaperArticle', 'journalArticle']);
    const [news, paper] = items;
    expect(news).toMatchObject({ title: 'Story 1 about <mice>', publicationTitle: 'Example News', date: '2024-03-05', url: 'https://news.example.org/s1', creators: [{ firstName: 'Ada', lastName: 'Lovelace', creatorType: 'author' }], tags: [{ tag: 'mice' }], seeAlso: [paper.id], accessDate: '2025-01-02 03:04:05' });
    expect(paper).toMatchObject({ DOI: '10.1038/s41581', publicationTitle: 'Nature', creators: [{ firstName: 'Jane', lastName: 'Roe', creatorType: 'author' }], seeAlso: [news.id] });
    const note = news.notes[0].note as string;
    expect(note).toContain('<h1>Caveat: Story 1 about &lt;mice&gt;</h1>');
    expect(note).toMatch(/Study type: \w/);
    expect(note).toContain('My own note');
    expect(note).toContain('<blockquote><p>kept its charge</p></blockquote>');
    expect(note).toContain('Note: Check the &lt;dose&gt;');
    expect(items[2].notes[0].note).toContain('Story 2');
  });

  it('says Zotero is not running when nothing answers, and sends nothing', async () => {
    await zotero.close();
    await expect(connector().saveStories([story(1)])).rejects.toBeInstanceOf(ZoteroUnavailableError);
  });

  it('sends no paper item for a story whose paper is unknown', async () => {
    const plain = story(3);
    plain.analysis = { ...plain.analysis, sources: [], research: { ...plain.analysis.research, journal: undefined } };
    await connector().saveStories([plain]);
    expect(zotero.savedItems().map((i) => [i.itemType, i.seeAlso])).toEqual([['newspaperArticle', []]]);
  });
});
