import { describe, expect, it } from 'vitest';
import { storyTab } from './story-tab';

const ORIGIN = 'moz-extension://6f1c1a52';
const popupTab = { id: 9, url: `${ORIGIN}/popup.html`, lastAccessed: 300 };
const story = { id: 4, url: 'https://news.example/mice', lastAccessed: 200 };
const older = { id: 2, url: 'https://news.example/older', lastAccessed: 100 };

describe('storyTab', () => {
  it('reads the active tab when the popup is a popup (desktop)', () => {
    expect(storyTab(story, [older, story], ORIGIN)).toBe(story);
  });

  it('reads the tab the reader was on last when the popup is itself the active tab (Firefox for Android)', () => {
    expect(storyTab(popupTab, [older, story, popupTab], ORIGIN)).toBe(story);
    // Another of Caveat's pages (the library) is not a story either.
    const library = { id: 5, url: `${ORIGIN}/library.html`, lastAccessed: 250 };
    expect(storyTab(popupTab, [older, library, story, popupTab], ORIGIN)).toBe(story);
  });

  it('keeps the popup tab when there is nothing else, so the reader is told the page cannot be read', () => {
    expect(storyTab(popupTab, [popupTab], ORIGIN)).toBe(popupTab);
    expect(storyTab(undefined, [], ORIGIN)).toBeUndefined();
  });
});
