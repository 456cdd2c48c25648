// Shows each fixture's actual analysis beside its expectations, for writing and reviewing expected.json.
//   npx tsx scripts/fixtures.ts [slug…]          print problems and the actual research/sources/glossary
//   npx tsx scripts/fixtures.ts --write [slug…]  rewrite the research keys each expected.json already has with the actual values (review the diff)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, loadFixtures, runFixture } from '../tests/support/fixtures';

const args = process.argv.slice(2);
const write = args.includes('--write');
const only = args.filter((a) => !a.startsWith('--'));
for (const f of loadFixtures()) {
  if (only.length && !only.includes(f.slug)) continue;
  const { analysis, problems } = runFixture(f);
  console.log(`${problems.length ? '✗' : '✓'} ${f.slug}${problems.map((p) => `\n    ${p}`).join('')}`);
  if (!analysis) continue;
  if (!write) {
    const { studyType, subjects, humanPhase, peerReview, confidence, caveats } = analysis.research;
    console.log(`    actual: ${studyType}/${subjects}/phase ${humanPhase}/${peerReview} (${confidence}); caveats ${caveats.length}; sources ${analysis.sources.map((s) => `${s.kind}:${s.name ?? s.doi ?? s.url}`).join(', ')}; glossary ${analysis.glossary.map((g) => g.term).join(', ')}`);
    continue;
  }
  const r = f.expected.research;
  if (r) for (const key of ['studyType', 'subjects', 'humanPhase', 'peerReview'] as const) if (key in r) (r as Record<string, unknown>)[key] = analysis.research[key];
  writeFileSync(join(FIXTURES_DIR, f.slug, 'expected.json'), JSON.stringify(f.expected, null, 2) + '\n');
}
