import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { StoryRowData } from '@/lib/reading-list/library-pages';
import { StoryRow } from './StoryRow';

const story: StoryRowData = {
  id: 7,
  title: 'Sweetener study',
  siteName: 'The Ledger',
  savedAt: 0,
  publishedAt: 0,
  studyType: 'observational',
  peerReview: 'peer-reviewed',
  journal: 'Pediatric Research Letters',
  tags: [],
  read: false,
};

function meta(row: StoryRowData): string {
  const root = document.createElement('div');
  render(<StoryRow story={row} selected={false} onToggle={() => undefined} />, root);
  return root.querySelector('.story-meta')!.textContent ?? '';
}

describe('StoryRow', () => {
  it('leads with the checked paper\'s notice, where a narrow row cannot cut it off', () => {
    expect(meta({ ...story, paperStatus: 'retraction' })).toMatch(/^listRowUnread · paperRetractedUndated · /);
    expect(meta({ ...story, paperStatus: 'correction' })).toMatch(/^listRowUnread · paperCorrectedUndated · /);
    expect(meta(story)).not.toContain('paperRetractedUndated');
  });

  it('says in the list when the story reports a retracted study, and not otherwise', () => {
    expect(meta({ ...story, retracted: true })).toContain('researchRetracted');
    expect(meta(story)).not.toContain('researchRetracted');
    expect(meta(story)).toContain('Pediatric Research Letters');
  });
});
