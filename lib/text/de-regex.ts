/**
 * German patterns written like English ones: `\b` and `\w` in JavaScript know only ASCII letters, so
 * "Mäuse" or "Übersicht" would not match; here they stand for Unicode letters and digits.
 */
const LETTERS = String.raw`\p{L}\p{N}_`;
const W = `[${LETTERS}]`;
const B = String.raw`(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`;

/** A RegExp from a pattern using \b and \w, made Unicode-aware (flag u added). */
export function de(pattern: string, flags = 'gi'): RegExp {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      i++;
      if (next === 'w') source += inClass ? LETTERS : W;
      else if (next === 'b' && !inClass) source += B;
      else source += c + next;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    source += c;
  }
  return new RegExp(source, flags.includes('u') ? flags : flags + 'u');
}
