import { readFileSync } from 'node:fs';

/** The extension's own words (public/_locales/en/messages.json), so the CLI and the popup say the same. */
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let messages: Messages | undefined;

function load(): Messages {
  messages ??= JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Messages;
  return messages;
}

/** Like browser.i18n.getMessage: named placeholders point at $1…$9; the key itself when missing. */
export function message(key: string, substitutions: string | string[] = []): string {
  const entry = load()[key];
  if (!entry) return key;
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}
