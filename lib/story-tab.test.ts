import { describe, expect, it } from 'vitest';
import { mayBeOwnTab, storyTab } from './story-tab';

const ORIGIN = 'moz-extension://6f1c1a52';
const popupTab = { id: 9, url: `${ORIGIN}/popup.html`, lastAccessed: 300 };
const story = { id: 4, url: 'https://news.example/mice', lastAccessed: 200 };
const older = { id: 2, url: 'https://news.example/older', lastAccessed: 100 };

describe('storyTab', () => {
  it('reads the active tab when the popup is a popup (desktop: no tab of its own)', () => {
    expect(mayBeOwnTab(story, ORIGIN)).toBe(false);
    expect(storyTab(story, [older, story], undefined, ORIGIN)).toBe(story);
  });

  it('reads the tab the reader was on last when the popup is itself the active tab (Firefox for Android)', () => {
    expect(mayBeOwnTab(popupTab, ORIGIN)).toBe(true);
    expect(storyTab(popupTab, [older, story, popupTab], popupTab, ORIGIN)).toBe(story);
    // Another of Caveat's pages (the library) is not a story either.
    const library = { id: 5, url: `${ORIGIN}/library.html`, lastAccessed: 250 };
    expect(storyTab(popupTab, [older, library, story, popupTab], popupTab, ORIGIN)).toBe(story);
  });

  it('knows its own tab by id where the browser hides its address (Chromium without the tabs permission)', () => {
    const hidden = { id: 9, lastAccessed: 300 };
    expect(mayBeOwnTab(hidden, ORIGIN)).toBe(true);
    expect(storyTab(hidden, [older, story, hidden], { id: 9 }, ORIGIN)).toBe(story);
  });

  it('keeps the popup tab when there is nothing else, so the reader is told the page cannot be read', () => {
    expect(storyTab(popupTab, [popupTab], popupTab, ORIGIN)).toBe(popupTab);
    expect(storyTab(undefined, [], undefined, ORIGIN)).toBeUndefined();
  });
});
