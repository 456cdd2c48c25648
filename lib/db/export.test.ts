// @vitest-environment node
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { makeStoryInput } from '../../tests/support/stories';
import { withDerived } from './derive';
import { bylineNames, citationKeys } from './export-common';
import type { StoredStory, StoryData } from './schema';
import { exportStories } from './transfer';

function story(over: Partial<StoryData> & Parameters<typeof makeStoryInput>[0] = {}): StoredStory {
  const { article, analysis } = makeStoryInput(over);
  const data: StoryData = {
    url: article.url, title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime,
    lang: 'en', excerpt: article.excerpt, savedAt: Date.parse('2024-04-01T08:00:00Z'), updatedAt: Date.parse('2024-04-01T08:00:00Z'),
    analysis, contentHtml: article.contentHtml, text: article.text, wordCount: article.wordCount, tags: over.tags ?? ['cancer'], notes: over.notes ?? '', read: false, highlights: [],
  };
  return { ...withDerived(data), id: 1 };
}

const withPaper = story({
  url: 'https://news.example.org/car-t?id=5&x=y_z',
  title: 'CAR-T {memory} cells & 100% of mice: a_b #1',
  byline: 'By Jane Doe and Ana María López',
  siteName: 'Example News',
  publishedTime: '2024-03-05T10:00:00Z',
  journal: 'Science Advances',
  doi: '10.1126/sciadv.adk1234',
  notes: 'Check the dose \\ later',
});
const plain = story({ url: 'https://news.example.org/ice', title: 'Ice sheet melts', byline: null, publishedTime: null, siteName: 'Polar Times' });

function parse(text: string) {
  return new Cite(text).data as Record<string, any>[];
}

const authorNames = (item: Record<string, any>) => (item.author ?? []).map((a: { given?: string; family?: string }) => `${a.given} ${a.family}`);

describe('exportStories', () => {
  it('names the file and its type', () => {
    const file = exportStories([withPaper], 'bibtex', new Date('2024-06-01T00:00:00Z'));
    expect(file).toMatchObject({ filename: 'caveat-reading-list-2024-06-01.bib', mime: 'application/x-bibtex' });
  });

  it('BibTeX parses back with title, authors, date, URL, site and the linked paper', () => {
    const items = parse(exportStories([withPaper, plain], 'bibtex').text);
    expect(items).toHaveLength(3);
    const [s, p, i] = items;
    expect(s.title).toBe(withPaper.title);
    expect(authorNames(s)).toEqual(['Jane Doe', 'Ana María López']);
    expect(s.issued['date-parts'][0]).toEqual([2024, 3, 5]);
    expect(s.URL).toBe(withPaper.url);
    expect(s['container-title']).toBe('Example News');
    expect(s.note).toContain('Check the dose \\ later');
    expect(p).toMatchObject({ 'container-title': 'Science Advances', DOI: '10.1126/sciadv.adk1234', URL: 'https://doi.org/10.1126/sciadv.adk1234' });
    expect(i).toMatchObject({ title: 'Ice sheet melts', URL: plain.url, 'container-title': 'Polar Times' });
  });

  it('RIS parses back: NEWS for the story (authors as RIS reporters), JOUR for the paper', () => {
    const text = exportStories([withPaper, plain], 'ris').text;
    expect(text).toContain('\r\n');
    const [s, p, i] = parse(text);
    expect(s).toMatchObject({ type: 'article-newspaper', title: withPaper.title, URL: withPaper.url, 'container-title': 'Example News' });
    // citation-js follows the RIS spec, where AU of a NEWS record is the reporter; Zotero reads it as author.
    expect(s.reporter ?? s.author).toEqual(['Doe, Jane', 'López, Ana María']);
    expect(s.issued['date-parts'][0][0]).toBe(2024);
    expect(p).toMatchObject({ type: 'article-journal', 'container-title': 'Science Advances', DOI: '10.1126/sciadv.adk1234' });
    expect(i).toMatchObject({ title: 'Ice sheet melts', URL: plain.url });
  });

  it('CSL-JSON parses back intact', () => {
    const [s, p, i] = parse(exportStories([withPaper, plain], 'csl-json').text);
    expect(s).toMatchObject({ type: 'article-newspaper', title: withPaper.title, URL: withPaper.url, 'container-title': 'Example News' });
    expect(authorNames(s)).toEqual(['Jane Doe', 'Ana María López']);
    expect(s.issued['date-parts'][0]).toEqual([2024, 3, 5]);
    expect(p).toMatchObject({ type: 'article-journal', 'container-title': 'Science Advances', DOI: '10.1126/sciadv.adk1234' });
    expect(i.issued).toBeUndefined();
  });

  it('Markdown escapes page text and links the story and the paper', () => {
    const md = exportStories([withPaper], 'markdown').text;
    expect(md).toContain('## [CAR-T \\{memory\\} cells & 100% of mice: a\\_b \\#1](<https://news.example.org/car-t?id=5&x=y_z>)');
    expect(md).toContain('Science Advances, doi:10.1126/sciadv.adk1234 <https://doi.org/10.1126/sciadv.adk1234>');
    expect(md).toContain('- Tags: cancer');
  });

  it('splits bylines and makes unique keys', () => {
    expect(bylineNames('By Staff Reporter | Wire')).toEqual([{ literal: 'Staff Reporter' }]);
    expect(bylineNames('Jane Doe, John Smith')).toHaveLength(2);
    // Saved before bylines were cleaned at extraction: the date after a middle dot is not a surname.
    expect(bylineNames('By Tomás Ferreira · 2023-03-02')).toEqual([{ given: 'Tomás', family: 'Ferreira' }]);
    expect(new Set(citationKeys([withPaper, withPaper, withPaper])).size).toBe(3);
  });
});
