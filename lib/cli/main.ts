import { readFile } from 'node:fs/promises';
import { createAnalyzer, type Analyzer } from '../analysis';
import { InputError, analyzeHtml, readInput, urlFor, type Outcome } from './load';
import { printable, printableJson } from './plain-text';
import { formatReport } from './report';

const USAGE = `Usage:
  caveat analyze <file|url|-> [--url URL] [--json]   analyse one page
  caveat analyze <file|url|-> --check-paper          also look the story's paper up (Crossref, Unpaywall):
      [--contact EMAIL] [--crossref-api URL] [--unpaywall-api URL]   (or CAVEAT_CONTACT, CAVEAT_CROSSREF_API, CAVEAT_UNPAYWALL_API)
  caveat analyze --batch LIST.jsonl --json           one {"file","url"} a line → one JSON a line
  caveat glossary [TERM] [--json]                    look a term up, or list every entry
  caveat claims "SENTENCE" [--json]                  how strongly it claims a cause
  caveat claims --batch FILE.jsonl --json            {"text"} a line → {"text","strength","probability"} a line
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
  const takesValue = new Set(['--url', '--batch', '--contact', '--crossref-api', '--unpaywall-api']);
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
  return printableJson({ url: o.url, article: null, error: o.error });
}

async function analyzeOne(input: string, args: Args, io: Io, analyzer: Analyzer): Promise<number> {
  const given = args.flags.get('--url');
  const url = urlFor(input, typeof given === 'string' ? given : undefined);
  const outcome = analyzeHtml(await readInput(input), url, analyzer);
  const json = args.flags.has('--json');
  if (!outcome.ok) {
    if (json) io.out(failureJson(outcome));
    else io.err(printable(`caveat: ${outcome.error} (${url})`));
    return 3;
  }
  if (!args.flags.has('--check-paper')) {
    io.out(json ? printableJson(outcome.analysis, 2) : printable(formatReport(outcome.analysis)));
    return 0;
  }
  // The network only with the flag: the story's DOI (or its headline, journal, researchers) goes to Crossref and Unpaywall.
  const { checkStoryPaper, formatPaper, paperApiFrom } = await import('./paper');
  const paper = await checkStoryPaper(outcome.analysis, paperApiFrom(args.flags));
  if (paper.error) io.err(printable(`caveat: ${paper.error}`));
  io.out(json ? printableJson({ ...outcome.analysis, paperCheck: paper }, 2) : printable(formatReport(outcome.analysis) + formatPaper(paper, outcome.analysis)));
  return 0;
}

/** One JSON object a line, in input order; a failing item prints an error object and the batch goes on. */
async function analyzeBatch(listFile: string, io: Io, analyzer: Analyzer): Promise<number> {
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
      const outcome = analyzeHtml(await readInput(input), url, analyzer);
      io.out(outcome.ok ? printableJson(outcome.analysis) : failureJson(outcome));
    } catch (error) {
      io.out(printableJson({ url, file, article: null, error: error instanceof Error ? error.message : String(error) }));
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
      const analyzer = createAnalyzer();
      if (typeof batch === 'string') {
        if (args.flags.has('--check-paper')) throw new InputError('--check-paper checks one story at a time (not with --batch)');
        return await analyzeBatch(batch, io, analyzer);
      }
      if (rest.length > 1) throw new InputError('analyze takes one input (or --batch LIST)');
      if (!rest[0]) {
        // `npm run analyze` with no argument: the bundled sample story.
        if (!args.flags.has('--url')) args.flags.set('--url', 'https://caveat.invalid/sample/car-t-memory-cells');
        return await analyzeOne(BUNDLED_SAMPLE.pathname, args, io, analyzer);
      }
      return await analyzeOne(rest[0], args, io, analyzer);
    }
    if (command === 'claims') {
      const { claimsCommand } = await import('./claims');
      const batch = args.flags.get('--batch');
      if (rest.length > 1) throw new InputError('claims takes one sentence in quotes (or --batch FILE)');
      return await claimsCommand(rest[0], typeof batch === 'string' ? batch : undefined, args.flags.has('--json'), io);
    }
    if (command === 'glossary') {
      const { glossaryCommand } = await import('./glossary');
      return glossaryCommand(rest[0], args.flags.has('--json'), io);
    }
    throw new InputError(`unknown command "${command}"\n${USAGE}`);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(printable(`caveat: ${error.message}`));
      return 2;
    }
    throw error;
  }
}
