import type { StoryRowData } from '@/lib/reading-list/library-pages';
import type { PaperUpdateKind } from '@/lib/paper/types';
import { t, type MessageKey } from './i18n';
import { peerLabel, shortDate, studyLabel } from './labels';

// The checked paper's gravest notice, as the row says it.
const PAPER_ROW_WORDS: Record<PaperUpdateKind, MessageKey> = { retraction: 'paperRetractedUndated', 'expression-of-concern': 'paperConcernUndated', correction: 'paperCorrectedUndated' };

export const readerHref = (id: number) => `/reader.html?id=${id}`;

/**
 * One story in the library list. Its controls are out of the Tab order (tabIndex -1): the list
 * itself takes focus and Space/Enter act on the active row, so Tab never walks 10,000 rows.
 */
export function StoryRow({ story, selected, onToggle }: { story: StoryRowData; selected: boolean; onToggle: () => void }) {
  const meta = [story.siteName, shortDate(story.publishedAt), studyLabel(story.studyType), peerLabel(story.peerReview), story.journal].filter(Boolean);
  // A retracted study is the one thing a reader must not miss in the list.
  if (story.retracted) meta.push(t('researchRetracted'));
  if (story.claimWarning) meta.push(t('listRowClaimWarning'));
  // The paper's own notice leads: a narrow row cuts its end off.
  if (story.paperStatus) meta.unshift(t(PAPER_ROW_WORDS[story.paperStatus]));
  return (
    <div class={story.read ? 'story story-read' : 'story'} data-testid="story-row" data-story-id={story.id}>
      {/* The label is the checkbox's tap area on a touch screen (components/touch.css); the input keeps its name. */}
      <label class="story-check-hit">
        <input
          type="checkbox"
          class="story-check"
          tabIndex={-1}
          checked={selected}
          aria-label={t('listSelectStory', story.title)}
          onChange={onToggle}
          data-testid="story-check"
        />
      </label>
      <div class="story-main">
        <a class="story-title" href={readerHref(story.id)} tabIndex={-1} data-testid="story-title">
          {story.title}
        </a>
        <div class="story-meta">
          <span class={story.read ? 'badge-read' : 'badge-unread'}>{story.read ? t('listRowRead') : t('listRowUnread')}</span>
          {meta.map((m) => (
            <span key={m}> · {m}</span>
          ))}
          <span> · {t('listSavedOn', shortDate(story.savedAt))}</span>
          {story.tags.map((tag) => (
            <span key={tag} class="tag" data-testid="story-tag">
              {tag}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
