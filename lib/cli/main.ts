import { readFile } from 'node:fs/promises';
import { ALL_ENTRIES, createGlossaryMatcher, type GlossaryMatcher } from '../glossary';
import { InputError, analyzeHtml, readInput, urlFor, type Outcome } from './load';
import { formatReport } from './report';

const USAGE = `Usage:
  caveat analyze <file|url|-> [--url URL] [--json]   analyse one page
  caveat analyze --batch LIST.jsonl --json           one {"file","url"} a line → one JSON a line
  caveat glossary [TERM] [--json]                    look a term up, or list every entry
  caveat help

Exit status: 0 analysed · 2 unreadable input or bad usage · 3 not an article`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}
const stdio: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const takesValue = new Set(['--url', '--batch']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.split(/=(.*)/s, 2);
      if (inline !== undefined) flags.set(name, inline);
      else if (takesValue.has(name)) {
        if (argv[i + 1] === undefined) throw new InputError(`${name} needs a value`);
        flags.set(name, argv[++i]);
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function failureJson(o: Extract<Outcome, { ok: false }>): string {
  return JSON.stringify({ url: o.url, article: null, error: o.error });
}

async function analyzeOne(input: string, args: Args, io: Io, glossary: GlossaryMatcher): Promise<number> {
  const given = args.flags.get('--url');
  const url = urlFor(input, typeof given === 'string' ? given : undefined);
  const outcome = analyzeHtml(await readInput(input), url, glossary);
  const json = args.flags.has('--json');
  if (!outcome.ok) {
    if (json) io.out(failureJson(outcome));
    else io.err(`caveat: ${outcome.error} (${url})`);
    return 3;
  }
  io.out(json ? JSON.stringify(outcome.analysis, null, 2) : formatReport(outcome.analysis));
  return 0;
}

/** One JSON object a line, in input order; a failing item prints an error object and the batch goes on. */
async function analyzeBatch(listFile: string, io: Io, glossary: GlossaryMatcher): Promise<number> {
  const lines = (await readInput(listFile)).split('\n');
  for (const [n, line] of lines.entries()) {
    if (!line.trim()) continue;
    let item: { file?: unknown; url?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      io.out(JSON.stringify({ url: null, article: null, error: `line ${n + 1}: not JSON` }));
      continue;
    }
    const file = typeof item.file === 'string' ? item.file : null;
    const givenUrl = typeof item.url === 'string' ? item.url : undefined;
    if (!file && !givenUrl) {
      io.out(JSON.stringify({ url: null, article: null, error: `line ${n + 1}: needs "file" or "url"` }));
      continue;
    }
    const input = file ?? givenUrl!;
    const url = urlFor(input, givenUrl);
    try {
      const outcome = analyzeHtml(await readInput(input), url, glossary);
      io.out(outcome.ok ? JSON.stringify(outcome.analysis) : failureJson(outcome));
    } catch (error) {
      io.out(JSON.stringify({ url, file, article: null, error: error instanceof Error ? error.message : String(error) }));
    }
  }
  return 0;
}

const BUNDLED_SAMPLE = new URL('../../tests/fixtures/car-t-memory-cells/page.html', import.meta.url);

/** Runs the CLI; returns the exit status. */
export async function run(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const args = parseArgs(argv);
    const [command, ...rest] = args.positional;
    if (!command || command === 'help' || args.flags.has('--help')) {
      io.out(USAGE);
      return command || args.flags.has('--help') ? 0 : 2;
    }
    if (command === 'analyze') {
      const batch = args.flags.get('--batch');
      // One matcher for the whole run: a batch builds the glossary's trie once.
      const glossary = createGlossaryMatcher(ALL_ENTRIES);
      if (typeof batch === 'string') return await analyzeBatch(batch, io, glossary);
      if (rest.length > 1) throw new InputError('analyze takes one input (or --batch LIST)');
      if (!rest[0]) {
        // `npm run analyze` with no argument: the bundled sample story.
        if (!args.flags.has('--url')) args.flags.set('--url', 'https://caveat.invalid/sample/car-t-memory-cells');
        return await analyzeOne(BUNDLED_SAMPLE.pathname, args, io, glossary);
      }
      return await analyzeOne(rest[0], args, io, glossary);
    }
    if (command === 'glossary') {
      const { glossaryCommand } = await import('./glossary');
      return glossaryCommand(rest[0], args.flags.has('--json'), io);
    }
    throw new InputError(`unknown command "${command}"\n${USAGE}`);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`caveat: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
