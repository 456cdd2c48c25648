import { defineExtensionMessaging } from '@webext-core/messaging';
import type { GlossaryHit } from './analysis/types';
import type { ExtractResult } from './extract/types';
import type { Highlight, QuoteSelector } from './highlights/types';

/** Every message between Caveat's contexts, declared once with its payload and reply. */
interface ProtocolMap {
  /** Popup → content script in a tab: extract the article on this page. */
  extract(): ExtractResult;
  /** Popup → glossary-marks content script: mark these terms on the page, or remove the marks if present. */
  toggleGlossaryMarks(hits: GlossaryHit[]): { marked: number };
  /** Popup → page-highlights content script: the quote of what the reader selected on the page (null: nothing). */
  pageSelection(): QuoteSelector | null;
  /** Popup → page-highlights content script: draw the story's highlights on the page; which ones it could not find. */
  drawPageHighlights(highlights: Highlight[]): { missing: string[] };
  /** Background → sanitize content script in the saved tab: article markup through DOMPurify; null where it cannot run safely. */
  sanitizeHtml(html: string): { html: string | null };
  /** Library → background: stories deleted (saved false) or put back by undo (saved true), by URL, so tab badges follow. */
  storiesSavedChanged(change: { urls: string[]; saved: boolean }): void;
  /** Popup → background: the popup marked (saved true) or cleared this tab's badge for the story filed under url. */
  tabSaved(change: { tabId: number; url: string; saved: boolean }): void;
}

// removeAllListeners: tests that run a background's main() more than once start each run clean.
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
