// @vitest-environment node
// Exports carry the checked paper: its DOI, its standing (dated, with the notice), its journal version and open copy.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PREPRINT_CHECK, RETRACTED_CHECK } from '../../tests/support/paper-checks';
import { makeStoryData, makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import type { PaperCheck } from '../paper/types';
import { storyData, withDerived } from './derive';
import { openCaveatDb, type CaveatDb, type StoredStory } from './schema';
import { getAllStories } from './stories';
import { exportStories, importJson } from './transfer';

const RETRACTED: PaperCheck = {
  ...RETRACTED_CHECK,
  openCopy: { url: 'https://repository.example.org/4242/dye.pdf', pdf: true, host: 'repository' },
};

const PREPRINT: PaperCheck = { ...PREPRINT_CHECK, openCopyNote: 'none' };

function story(id: number, url: string, paper?: PaperCheck, o: Parameters<typeof makeStoryInput>[0] = {}): StoredStory {
  const data = makeStoryData(makeStoryInput({ url, ...o }), {
    savedAt: Date.parse('2026-12-01T08:00:00Z'), updatedAt: Date.parse('2026-12-06T10:00:00Z'), ...(paper ? { paper } : {}),
  });
  return { ...withDerived(data), id };
}

const dye = story(1, 'https://news.example.org/dye', RETRACTED, { title: 'Food dyes and attention', doi: RETRACTED.doi, journal: 'Journal of Example Paediatrics' });
const rsv = story(2, 'https://news.example.org/rsv', PREPRINT, { title: 'Nasal RSV vaccine', peerReview: 'preprint', paperUrl: 'https://www.medrxiv.org/content/10.1101/2099.01.02.24399999v1' });
const parse = (text: string) => new Cite(text).data as Record<string, any>[];

describe('exports of checked papers', () => {
  it('Markdown says the paper was retracted, when, where the notice is, and links the open copy', () => {
    const text = exportStories([dye, rsv], 'markdown').text;
    expect(text).toContain('- Paper: “Food dye intake and attention in school-age children”, Journal of Example Paediatrics, doi:10.5555/caveat.retracted');
    expect(text).toContain('- Paper check \\(Crossref, Unpaywall, 2026-12-06\\): retracted on 2024-05-03, notice <https://doi.org/10.5555/caveat.retracted.notice>');
    expect(text).toContain('- Open copy (PDF): <https://repository.example.org/4242/dye.pdf>');
    expect(text).toContain('- Preprint, since published in Nature Medicine: <https://doi.org/10.5555/caveat.published>');
    expect(text).toContain('no retraction, correction or expression of concern on record');
    expect(text).toContain('- Study type: lab-experiment; peer-reviewed in Nature Medicine \\(Crossref\\)');
  });

  it('CSL-JSON gives the paper its own title, authors, date and DOI, and notes its standing', () => {
    const items = JSON.parse(exportStories([dye], 'csl-json').text);
    const paper = items.find((i: { type: string }) => i.type === 'article-journal');
    expect(paper).toMatchObject({
      title: RETRACTED.title,
      DOI: RETRACTED.doi,
      author: [{ given: 'Maria', family: 'Okafor' }, { given: 'Jonas', family: 'Lindqvist' }],
      issued: { 'date-parts': [[2022, 9, 20]] },
      'container-title': 'Journal of Example Paediatrics',
    });
    expect(paper.note).toContain('retracted on 2024-05-03 (notice: https://doi.org/10.5555/caveat.retracted.notice)');
    expect(paper.note).toContain('Open copy (PDF): https://repository.example.org/4242/dye.pdf');
    expect(items[0].note).toContain('retracted on 2024-05-03');
  });

  it('BibTeX and RIS parse back with the paper DOI, and say what Crossref said; RIS links the open copy', () => {
    const bib = parse(exportStories([dye, rsv], 'bibtex').text);
    const bibPaper = bib.find((i) => i.DOI === RETRACTED.doi);
    expect(bibPaper?.title).toBe(RETRACTED.title);
    expect(bibPaper?.note).toContain('retracted on 2024-05-03');
    const rsvStory = bib.find((i) => i.URL === rsv.url);
    expect(rsvStory?.note).toContain('peer-reviewed in Nature Medicine (Crossref)');
    const risText = exportStories([dye], 'ris').text;
    expect(risText).toContain('L1  - https://repository.example.org/4242/dye.pdf');
    const ris = parse(risText);
    expect(ris.find((i) => i.DOI === RETRACTED.doi)?.note ?? JSON.stringify(ris)).toContain('retracted on 2024-05-03');
  });
});

describe('backups of checked papers', () => {
  let db: CaveatDb | undefined;
  afterEach(async () => {
    if (!db) return;
    db.close();
    await Dexie.delete(db.name);
  });

  it('a JSON backup carries the check, and imports back identical: the story flagged again', async () => {
    const file = exportStories([dye, rsv], 'json').text;
    expect(JSON.parse(file).stories[0].paper).toEqual(RETRACTED);
    db = openCaveatDb(uniqueDbName('paper-backup'));
    expect(await importJson(db, file)).toMatchObject({ added: 2, failed: [] });
    const restored = (await getAllStories(db)).sort((a, b) => a.url.localeCompare(b.url));
    expect(restored.map(storyData)).toEqual([storyData(dye), storyData(rsv)]);
    expect(restored.map((s) => s.paperFlag)).toEqual([1, 0]);
    expect(exportStories(restored.reverse(), 'json', new Date(0)).text).toBe(exportStories([dye, rsv].reverse(), 'json', new Date(0)).text);
  });
});
