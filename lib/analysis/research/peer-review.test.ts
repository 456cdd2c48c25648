// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResearchAnalyzer } from './index';
import { testArticle } from '../test-article';
import { createJournalIndex } from '../sources/journals';
import { contextPatterns } from './context';
import { studyFeatures } from './features';
import { reviewSigns } from './peer-review';
import { storySentences } from './sentences';

const analyzer = createResearchAnalyzer();
const review = (paragraphs: string[], extra: Parameters<typeof testArticle>[2] = {}) => {
  const r = analyzer.analyze(testArticle('Headline', paragraphs, extra));
  return { peerReview: r.peerReview, journal: r.journal, evidence: r.evidence.filter((e) => e.label === 'peerReview') };
};

describe('detectPeerReview', () => {
  it('names the journal from "published in"', () => {
    const r = review(['The study, published in Science Advances on Wednesday, followed mice.']);
    expect(r.peerReview).toBe('peer-reviewed');
    expect(r.journal).toBe('Science Advances');
    expect(r.evidence[0].text).toContain('published in Science Advances');
  });
  it('calls a preprint a preprint, and "not yet peer reviewed" without one unpublished', () => {
    expect(review(['The results were posted on bioRxiv and have not been peer reviewed.']).peerReview).toBe('preprint');
    expect(review(['The findings have not yet been peer reviewed or published.']).peerReview).toBe('unpublished');
  });
  it('does not count a journal the work was only submitted to', () => {
    const posted = review(['The paper has been submitted to the journal Physical Review Letters and posted on the arXiv preprint server.']);
    expect(posted).toMatchObject({ peerReview: 'preprint', journal: undefined });
    expect(review(['The team has submitted the results to a journal for peer review.']).peerReview).toBe('unpublished');
  });
  it('counts a paper accepted for publication as peer reviewed, even with a copy on arXiv', () => {
    const r = review(['The paper has been accepted for publication in Monthly Notices of the Royal Astronomical Society and is available on arXiv.']);
    expect(r).toMatchObject({ peerReview: 'peer-reviewed', journal: 'Monthly Notices of the Royal Astronomical Society' });
  });
  it('treats a talk at a meeting as unpublished', () => {
    expect(review(['The team presented the results at the annual meeting of the Society for Neuroscience.']).peerReview).toBe('unpublished');
  });
  it('does not count a paper from another year as this study’s journal', () => {
    expect(review(['A 2009 paper in the Journal of Monetary Economics found something similar.']).peerReview).toBe('unknown');
  });
  it('reads page metadata and links', () => {
    expect(review(['Text.'], { metadata: { citation: { citation_journal_title: ['Nature Energy'] } } })).toMatchObject({ peerReview: 'peer-reviewed', journal: 'Nature Energy' });
    expect(review(['Text.'], { links: [{ href: 'https://arxiv.org/abs/2601.00001', text: 'paper' }] }).peerReview).toBe('preprint');
    expect(review(['Text.'], { links: [{ href: 'https://doi.org/10.1101/2026.01.01.1', text: 'paper' }] }).peerReview).toBe('preprint');
    expect(review(['Text.'], { links: [{ href: 'https://doi.org/10.1038/s41586-026-0001', text: 'paper' }] }).peerReview).toBe('peer-reviewed');
  });
  it('says unknown when the story does not say', () => {
    expect(review(['Researchers followed 2,000 children.']).peerReview).toBe('unknown');
  });
});

describe('reviewSigns reads each sentence afresh', () => {
  const journals = createJournalIndex();
  const orgReport = (paragraph: string) => {
    const article = testArticle('Überschrift', [paragraph], { lang: 'de' });
    const { sentences } = studyFeatures(storySentences(article), contextPatterns('de'), 'de', false);
    return reviewSigns(sentences, article, 'de', journals).features['t:org-report'];
  };
  it('counts a German organisation report in each sentence, in whatever order they come', () => {
    const late = 'Die Zahlen stammen aus vielen Messungen an Flüssen, wie es in einem Bericht des Umweltbundesamtes heißt.';
    const early = 'Ein Bericht des Amtes nennt sie.';
    expect(orgReport(`${late} ${early}`)).toBeGreaterThan(orgReport(late));
    expect(orgReport(`${late} ${early}`)).toBe(orgReport(`${early} ${late}`));
  });
});

describe('a denial of publication on its own', () => {
  const journals = createJournalIndex();
  const signs = (paragraphs: string[]) => {
    const article = testArticle('Headline', paragraphs);
    const { sentences } = studyFeatures(storySentences(article), contextPatterns('en'), 'en', false);
    return reviewSigns(sentences, article, 'en', journals).features;
  };
  it('is its own sign when no preprint or journal is named anywhere (the rubric calls that unpublished)', () => {
    const alone = signs(['Doctors said the boy walks again.', 'The results have not yet been published.']);
    expect(alone['t:denies-only']).toBeGreaterThan(0);
  });
  it('is not, when the story names a preprint server or a journal elsewhere', () => {
    expect(signs(['The results have not yet been published.', 'They were posted on medRxiv.'])['t:denies-only']).toBeUndefined();
    expect(signs(['The results have not yet been published.', 'The team has submitted the paper to The Lancet.'])['t:denies-only']).toBeUndefined();
  });
});
