/**
 * A cheap, exact pre-filter for cue regexes. Most cues start at a word boundary with a
 * literal ("\bplacebo", "\b(?:mice|rats)"), so a sentence can match such a cue only if one of
 * its words starts with the first letters of that literal. Those letters are read off each
 * regex once and a sentence's word starts once, which skips almost every regex run. Whenever
 * a pattern is not understood the filter answers "may match" and the regex decides as before.
 */

// Longest start read off a regex; longer starts tell cue words apart better ("in vit" vs "in").
const MAX_LEN = 10;
// Alternatives beyond this many stop the start from growing (it stays a true, shorter prefix).
const MAX_STARTS = 96;

/** [A-Za-z0-9_]: what \b looks at in a regex without the u and i flags together. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A parsed piece of a regex: literal characters, anything else that consumes text, an assertion, or a group. */
type Node =
  | { kind: 'chars'; chars: string[]; min: number; many: boolean }
  | { kind: 'other'; min: number; many: boolean }
  | { kind: 'assert'; wordBoundary: boolean }
  | { kind: 'group'; alts: Node[][]; min: number; many: boolean };

/** Escapes that stand for their own character. */
const ESCAPED_LITERAL = /^[.\\/\-()[\]{}?*+|^$'"&:!,#%@~`=<> ]$/;

class Parser {
  i = 0;
  constructor(private src: string) {}

  alternation(): Node[][] {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') out.push(this.atom());
    return out;
  }

  private atom(): Node {
    const s = this.src;
    const ch = s[this.i];
    if (ch === '(') {
      const head = /^\((?:\?(?::|<?[=!]))?/.exec(s.slice(this.i))![0];
      if (s[this.i + head.length - 1] === '?' || (head === '(' && s[this.i + 1] === '?')) throw new Error('group kind');
      this.i += head.length;
      const alts = this.alternation();
      if (s[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      // A lookaround only narrows where a match may be: the filter can ignore it.
      if (/[=!]$/.test(head)) return { kind: 'assert', wordBoundary: false };
      return { kind: 'group', alts, ...this.quantifier() };
    }
    if (ch === '[') {
      const end = s.indexOf(']', this.i + 1);
      if (end < 0) throw new Error('class');
      const body = s.slice(this.i + 1, end);
      this.i = end + 1;
      // Short sets of plain characters ("[sz]", "['’]") are expanded; ranges and escapes are not.
      return /[\\^-]/.test(body) || !body ? { kind: 'other', ...this.quantifier() } : { kind: 'chars', chars: [...body], ...this.quantifier() };
    }
    if (ch === '\\') {
      const next = s[this.i + 1];
      this.i += 2;
      if (next === 'b') return { kind: 'assert', wordBoundary: true };
      if (next === 'B') return { kind: 'assert', wordBoundary: false };
      if (ESCAPED_LITERAL.test(next)) return { kind: 'chars', chars: [next], ...this.quantifier() };
      if ((next === 'p' || next === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (!/^[wWsSdD]$/.test(next)) throw new Error('escape');
      return { kind: 'other', ...this.quantifier() };
    }
    this.i++;
    if (ch === '^' || ch === '$') return { kind: 'assert', wordBoundary: false };
    if (ch === '.') return { kind: 'other', ...this.quantifier() };
    if ('*+?{'.includes(ch)) throw new Error('quantifier');
    return { kind: 'chars', chars: [ch], ...this.quantifier() };
  }

  /** The quantifier after an atom: the fewest copies, and whether more than one may follow. */
  private quantifier(): { min: number; many: boolean } {
    const s = this.src;
    let q = { min: 1, many: false };
    const m = /^(?:\?|\*|\+|\{(\d+)(,?)(\d*)\})/.exec(s.slice(this.i));
    if (!m) return q;
    if (m[0] === '?') q = { min: 0, many: false };
    else if (m[0] === '*') q = { min: 0, many: true };
    else if (m[0] === '+') q = { min: 1, many: true };
    else q = { min: Number(m[1]), many: m[2] ? m[3] !== '1' && m[3] !== '0' : Number(m[1]) > 1 };
    this.i += m[0].length;
    if (s[this.i] === '?') this.i++; // lazy: the same texts
    return q;
  }
}

/** A start read so far; `done` once it has MAX_LEN characters or reached something that is not a literal. */
interface Start {
  text: string;
  done: boolean;
}

function unique(starts: Start[]): Start[] {
  const seen = new Set<string>();
  return starts.filter((p) => {
    const k = `${p.done ? '1' : '0'}${p.text}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const stop = (starts: Start[]): Start[] => starts.map((p) => ({ text: p.text, done: true }));

/** The starts after one copy of a node. Cutting a start short is always safe: it stays a prefix of the match. */
function once(node: Node, starts: Start[]): Start[] {
  if (node.kind === 'other') return stop(starts);
  if (node.kind === 'assert') return starts;
  let out: Start[];
  if (node.kind === 'group') out = unique(node.alts.flatMap((alt) => run(alt, starts)));
  else {
    out = [];
    for (const p of starts) {
      if (p.done) out.push(p);
      else for (const ch of node.chars) out.push({ text: p.text + ch, done: p.text.length + 1 >= MAX_LEN });
    }
    out = unique(out);
  }
  return out.length > MAX_STARTS ? stop(starts) : out;
}

function run(nodes: Node[], starts: Start[]): Start[] {
  for (const node of nodes) {
    if (node.kind === 'assert') continue;
    // After one copy of a repeated atom the next letters are unknown; an optional atom may be skipped.
    const one = node.many ? stop(once(node, starts)) : once(node, starts);
    starts = node.min === 0 ? unique([...starts, ...one]) : one;
    if (starts.length > MAX_STARTS) starts = unique(stop(starts.map((p) => ({ text: p.text.slice(0, 3), done: true }))));
    if (starts.every((p) => p.done)) break;
  }
  return starts;
}

/**
 * The lower-case word starts (up to MAX_LEN characters) one of which every match of `re` begins with,
 * or null when the pattern does not say (no \b before a literal, an unknown construct).
 */
export function matchStarts(re: RegExp): string[] | null {
  if (/[uvy]/.test(re.flags) && /i/.test(re.flags)) return null; // case folding beyond ASCII
  if (/[vy]/.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const branches = parser.alternation();
    if (parser.i !== re.source.length) return null;
    const out = new Set<string>();
    for (const branch of branches) {
      // The branch must open with lookarounds, then \b: its first letter then sits at a word start.
      let k = 0;
      while (branch[k]?.kind === 'assert' && !(branch[k] as { wordBoundary: boolean }).wordBoundary) k++;
      if (branch[k]?.kind !== 'assert') return null;
      for (const p of run(branch.slice(k + 1), [{ text: '', done: false }])) {
        // Only ASCII is compared: beyond it, case-insensitive matching and toLowerCase may disagree.
        const ascii = /^[\x20-\x7e]*/.exec(p.text)![0].toLowerCase();
        if (!ascii || !isWordChar(ascii.charCodeAt(0))) return null;
        out.add(ascii);
      }
    }
    return [...out];
  } catch {
    return null;
  }
}

/** Lookup key of a start's first 1–3 ASCII characters: a small integer, so no string is built per word. */
const keyOf = (len: number, c0: number, c1: number, c2: number): number => (len << 21) | (c0 << 14) | (len > 1 ? c1 << 7 : 0) | (len > 2 ? c2 : 0);

/**
 * Which of a list of regexes may match a text. Built once per list: every regex's starts are
 * filed under their first 1–3 characters; a text is then read once, word start by word start.
 */
export class CueFilter {
  private byKey = new Map<number, { start: string; index: number }[]>();
  private always: Uint8Array;
  private indexOf = new Map<RegExp, number>();
  private lastText: string | null = null;
  private last = new Uint8Array(0);

  constructor(regexes: RegExp[]) {
    this.always = new Uint8Array(regexes.length);
    regexes.forEach((re, index) => {
      if (!this.indexOf.has(re)) this.indexOf.set(re, index);
      const starts = matchStarts(re);
      if (!starts) {
        this.always[index] = 1;
        return;
      }
      for (const start of starts) {
        const len = Math.min(3, start.length);
        const key = keyOf(len, start.charCodeAt(0), start.charCodeAt(1), start.charCodeAt(2));
        const list = this.byKey.get(key) ?? [];
        list.push({ start, index });
        this.byKey.set(key, list);
      }
    });
  }

  /** 1 for each regex that may match `text`, 0 for those that cannot. */
  candidates(text: string): Uint8Array {
    const out = this.always.slice();
    const lower = text.toLowerCase();
    // Lower-casing moved offsets (İ → i̇): too rare to handle, so every regex runs.
    if (lower.length !== text.length) return out.fill(1);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!isWordChar(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
      // Starts are ASCII: past the text's end or at a non-ASCII character no longer start can fit.
      const c0 = lower.charCodeAt(i);
      const c1 = i + 1 < n ? lower.charCodeAt(i + 1) : 128;
      const c2 = i + 2 < n ? lower.charCodeAt(i + 2) : 128;
      for (let len = 1; len <= 3; len++) {
        if ((len === 2 && c1 > 127) || (len === 3 && c2 > 127)) break;
        const list = this.byKey.get(keyOf(len, c0, c1, c2));
        if (list) for (const { start, index } of list) if (!out[index] && lower.startsWith(start, i)) out[index] = 1;
      }
    }
    return out;
  }

  /** False only when `re`, one of this filter's regexes, cannot match `text`; the last text's answer is kept. */
  may(re: RegExp, text: string): boolean {
    const i = this.indexOf.get(re);
    if (i === undefined) return true;
    if (text !== this.lastText) (this.last = this.candidates(text)), (this.lastText = text);
    return this.last[i] === 1;
  }
}
