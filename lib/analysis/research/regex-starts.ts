/**
 * What a cue regex's matches must start with, read off its source: the lower-case word starts
 * one of which opens every match (matchStarts), and those of a later part every match must
 * also contain (branchStarts). The cue filter (match-starts.ts) builds its tables from them.
 * Any construct not understood gives null: the filter then lets the regex decide.
 */

// Longest start read off a regex; longer starts tell cue words apart better ("in vit" vs "in").
export const MAX_LEN = 10;
// Alternatives beyond this many stop the start from growing (it stays a true, shorter prefix).
const MAX_STARTS = 96;

/** [A-Za-z0-9_]: what \b looks at in a regex without the u and i flags together. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A parsed piece of a regex: literal characters, anything else that consumes text, an assertion, or a group. */
type Node =
  | { kind: 'chars'; chars: string[]; min: number; many: boolean }
  | { kind: 'other'; min: number; many: boolean; nonWord?: boolean }
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
      // A digit is one of ten characters in every flag combination: a cue may open with a number ("\d+ mice").
      if (next === 'd') return { kind: 'chars', chars: [...'0123456789'], ...this.quantifier() };
      if ((next === 'p' || next === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (!/^[wWsSdD]$/.test(next)) throw new Error('escape');
      // \s and \W never match a word character: what follows them may sit at a word start.
      return { kind: 'other', ...this.quantifier(), nonWord: next === 's' || next === 'W' };
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

/** The branches of `re`, or null for flags or constructs the reading does not cover. */
function branchesOf(re: RegExp): Node[][] | null {
  if (/[uvy]/.test(re.flags) && /i/.test(re.flags)) return null; // case folding beyond ASCII
  if (/[vy]/.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const branches = parser.alternation();
    return parser.i === re.source.length ? branches : null;
  } catch {
    return null;
  }
}

/** The starts of `nodes` as lower-case word starts, or null if one is empty or opens with a non-word character. */
function wordStarts(nodes: Node[]): string[] | null {
  const out = new Set<string>();
  for (const p of run(nodes, [{ text: '', done: false }])) {
    // Only ASCII is compared: beyond it, case-insensitive matching and toLowerCase may disagree.
    const ascii = /^[\x20-\x7e]*/.exec(p.text)![0].toLowerCase();
    if (!ascii || !isWordChar(ascii.charCodeAt(0))) return null;
    out.add(ascii);
  }
  return [...out];
}

/** What one top-level branch of a regex must match: its opening word starts, and those of a later part (or null). */
export interface BranchStarts {
  starts: string[];
  later: string[] | null;
}

/**
 * For each top-level branch of `re`, the lower-case word starts (up to MAX_LEN characters) one of
 * which its matches begin with, and those of a later part it needs (see laterOf); null when some
 * branch does not say (no \b before a literal, an unknown construct).
 */
export function branchStarts(re: RegExp): BranchStarts[] | null {
  const branches = branchesOf(re);
  if (!branches) return null;
  const out: BranchStarts[] = [];
  for (const branch of branches) {
    // The branch must open with lookarounds, then \b: its first letter then sits at a word start.
    let k = 0;
    while (branch[k]?.kind === 'assert' && !(branch[k] as { wordBoundary: boolean }).wordBoundary) k++;
    if (branch[k]?.kind !== 'assert') return null;
    const starts = wordStarts(branch.slice(k + 1));
    if (!starts) return null;
    out.push({ starts, later: laterOf(branch) });
  }
  return out;
}

/** The word starts one of which every match of `re` begins with, or null (see branchStarts). */
export function matchStarts(re: RegExp): string[] | null {
  const branches = branchStarts(re);
  return branches && [...new Set(branches.flatMap((b) => b.starts))];
}

/** The fewest characters a node consumes. */
function minLength(node: Node): number {
  if (node.kind === 'assert') return 0;
  if (node.kind === 'group') return node.min * Math.min(...node.alts.map((alt) => alt.reduce((n, x) => n + minLength(x), 0)));
  return node.min;
}

/**
 * Whether the last character consumed is sure not to be a word character after `node`, given
 * whether it was before: then a literal word character that follows sits at a word start.
 * After \b it is, for a word character that follows.
 */
function endsNonWord(node: Node, before: boolean): boolean {
  if (node.kind === 'assert') return node.wordBoundary || before;
  if (node.kind === 'group') {
    const once = (b: boolean) => node.alts.every((alt) => alt.reduce((state, x) => endsNonWord(x, state), b));
    const after = once(before) && (!node.many || once(false));
    return node.min === 0 ? after && before : after;
  }
  const nonWord = node.kind === 'other' ? node.nonWord === true : node.chars.every((ch) => !isWordChar(ch.charCodeAt(0)));
  return nonWord && (node.min >= 1 || before);
}

/** The letters in the shortest of some starts. */
const letters = (starts: string[]) => Math.min(...starts.map((x) => x.replace(/\W/g, '').length));
// Fewest letters a later part's every start must have to be worth filing.
const MIN_LATER_LETTERS = 3;

/**
 * Word starts one of which every match of a branch holds after its first character (a later,
 * mandatory part such as "mice|rats" in "(in|of) (\w+ )?(mice|rats)"), or null when it has none.
 * A text without one to the right of a position cannot hold a match there. Of the parts that
 * qualify, the one whose shortest start has the most letters is taken: it is the rarest.
 */
function laterOf(branch: Node[]): string[] | null {
  let best: string[] | null = null;
  let consumed = 0;
  let nonWordBefore = false;
  branch.forEach((node, i) => {
    if (consumed >= 1 && nonWordBefore && node.kind !== 'assert' && node.kind !== 'other' && node.min >= 1) {
      const starts = wordStarts(branch.slice(i));
      if (starts && (!best || letters(starts) > letters(best))) best = starts;
    }
    consumed += minLength(node);
    nonWordBefore = endsNonWord(node, nonWordBefore);
  });
  // A later part as short as "in" or "of" is in nearly every sentence: filing it would cost more than it saves.
  return best && letters(best) >= MIN_LATER_LETTERS ? best : null;
}
