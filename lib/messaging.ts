import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractResult } from './extract/types';

/** Every message between Caveat's contexts, declared once with its payload and reply. */
interface ProtocolMap {
  /** Popup → content script in a tab: extract the article on this page. */
  extract(): ExtractResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
