// The glossary's answer for every corpus page and fixture, one JSON line each: run before and after a change
// to the matcher and compare the two files (`cmp`, or --compare A B for the pages that differ).
//   npx tsx scripts/glossary-snapshot.ts > /tmp/before.jsonl
//   npx tsx scripts/glossary-snapshot.ts --compare /tmp/before.jsonl /tmp/after.jsonl
// Pages are read as the eval reads them: .txt stories (a title line, then paragraphs) wrapped in a bare page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryText } from '../lib/analysis';
import { parseHtml } from '../lib/cli/parse-html';
import { extractArticle } from '../lib/extract';
import { ALL_ENTRIES, createGlossaryMatcher } from '../lib/glossary';
import { FIXTURES_DIR } from '../tests/support/fixtures';
import { corpusPages, loadPage } from './corpus-pages';

/** Every corpus page, then every fixture page, in a fixed order. */
function snapshotPages(): string[] {
  const out = corpusPages();
  for (const slug of readdirSync(FIXTURES_DIR).sort()) {
    const p = join(FIXTURES_DIR, slug, 'page.html');
    if (existsSync(p)) out.push(p);
  }
  return out;
}

function compare(a: string, b: string): void {
  const read = (f: string) => new Map(readFileSync(f, 'utf8').trim().split('\n').map((l) => [JSON.parse(l).page as string, l]));
  const before = read(a);
  const after = read(b);
  let same = 0;
  for (const [page, line] of before) {
    if (after.get(page) === line) same++;
    else console.log(`differs: ${page}\n  - ${line}\n  + ${after.get(page) ?? '(missing)'}`);
  }
  console.log(`${same} of ${before.size} pages identical (${after.size} in the second file)`);
}

const args = process.argv.slice(2);
if (args[0] === '--compare') compare(args[1], args[2]);
else {
  const matcher = createGlossaryMatcher(ALL_ENTRIES);
  for (const path of snapshotPages()) {
    const { document, close } = parseHtml(loadPage(path), 'https://example.org/story');
    const result = extractArticle(document, { url: 'https://example.org/story' });
    await close();
    const page = path.replace(/^.*\/(shared|tests)\//, '$1/');
    const glossary = result.ok ? matcher.find(glossaryText(result.article)) : null;
    process.stdout.write(JSON.stringify({ page, glossary }) + '\n');
  }
}
