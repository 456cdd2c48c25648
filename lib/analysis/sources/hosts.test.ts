// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyUrl } from './hosts';

describe('link hosts', () => {
  it.each([
    ['https://doi.org/10.1126/sciadv.abc1234', 'paper'],
    ['https://www.nature.com/articles/s41591-024-02900-1', 'paper'],
    ['https://pubmed.ncbi.nlm.nih.gov/31234567/', 'paper'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/', 'paper'],
    ['https://arxiv.org/abs/2401.01234', 'preprint'],
    ['https://www.medrxiv.org/content/10.1101/2024.01.02.24300001v1', 'preprint'],
    ['https://www.eurekalert.org/news-releases/1012345', 'press-release'],
    ['https://news.umich.edu/new-printer-algorithm/', 'press-release'],
    ['https://www.ox.ac.uk/news/2024-01-01-new-study', 'press-release'],
    ['https://clinicaltrials.gov/study/NCT03746262', 'registry'],
  ])('%s is a %s', (url, kind) => {
    expect(classifyUrl(url)?.kind).toBe(kind);
  });

  it('leaves ordinary pages alone', () => {
    expect(classifyUrl('https://www.nature.com/')).toBeNull();
    expect(classifyUrl('https://example.com/news/story')).toBeNull();
  });
});
