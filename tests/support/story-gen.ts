/** Generated stories for property tests: every field, odd values and the edge cases a hostile page or a careless user brings. */
import { PEER_REVIEW, SOURCE_KINDS, STUDY_TYPES, SUBJECTS, type Analysis, type Source } from '../../lib/analysis/types';
import type { StoryData } from '../../lib/db/schema';

/** A small seeded generator (mulberry32), so a failing case can be found again. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}
type Rng = ReturnType<typeof rng>;

// Pieces of text a page may hold: accents, emoji (two UTF-16 units), right-to-left, controls, markup, quotes.
const PIECES = ['cells', 'Mäuse', 'naïve', '😀', '𝔘𝔫𝔦', 'عربى', 'עברית', '中文研究', '\u0000', '\u001b[31m', '\u202e', '<script>x()</script>', '"quoted"', "it's", '&amp;', '\\', '\n\n', '\t', ' ', '  '];

function text(r: Rng, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += r.chance(0.2) ? r.pick(PIECES) : `word${r.int(0, 999)} `;
  return out;
}

const maybe = <T>(r: Rng, p: number, value: () => T): T | null => (r.chance(p) ? value() : null);

function oddUrl(r: Rng, i: number): string {
  const forms = [
    () => `https://news.example.org/story/${i}`,
    () => `https://NEWS.Example.ORG:443/a/${i}?utm_source=feed&utm_medium=x#comments`,
    () => `http://bücher.example/${i}/ärger?q=€`,
    () => `http://[2001:db8::1]:8080/${i}`,
    () => `https://news.example.org/${i}/${'long-path-'.repeat(r.int(100, 500))}`,
    () => `https://news.example.org/${i}?b=2&a=1&fbclid=zzz`,
    () => `https://user:pw@news.example.org/${i}/%E2%9C%93/%zz`,
    () => `https://news.example.org/${i}?`,
    () => `http://127.0.0.1:9/${i}/#frag`,
  ];
  return r.pick(forms)();
}

const PIXEL = `data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk'.repeat(4)}=`;

function analysis(r: Rng, url: string, title: string): Analysis {
  const sources: Source[] = Array.from({ length: r.int(0, 6) }, () => {
    const s: Source = { kind: r.pick(SOURCE_KINDS) };
    if (r.chance(0.7)) s.name = text(r, 3);
    if (r.chance(0.4)) s.url = r.pick(['https://doi.org/10.1000/x', 'http://[bad', 'javascript:alert(1)', 'https://journal.example/article/1']);
    if (r.chance(0.3)) s.doi = `10.${r.int(1000, 9999)}/${text(r, 1).trim()}`;
    if (r.chance(0.5)) s.evidence = text(r, r.chance(0.02) ? 5_000 : 12);
    if (r.chance(0.2)) s.role = r.pick(['lead author', 'not involved in the study', text(r, 2)]);
    if (r.chance(0.2)) s.affiliation = text(r, 3);
    return s;
  });
  const a: Analysis = {
    url,
    article: { title, byline: maybe(r, 0.5, () => text(r, 3)), siteName: null, publishedTime: null, lang: 'en', excerpt: null, wordCount: r.int(0, 20_000), readingMinutes: r.int(1, 90) },
    research: {
      studyType: r.pick(STUDY_TYPES),
      subjects: r.pick(SUBJECTS),
      humanPhase: r.pick([1, 2, 3, 4, null] as const),
      peerReview: r.pick(PEER_REVIEW),
      confidence: r.next(),
      sure: r.chance(0.7),
      ...(r.chance(0.3) ? { alternatives: [{ studyType: r.pick(STUDY_TYPES), probability: r.next() }] } : {}),
      evidence: Array.from({ length: r.int(0, 4) }, () => ({ label: r.pick(['studyType', 'peerReview', 'retraction']), text: text(r, 15) })),
      caveats: Array.from({ length: r.int(0, 3) }, () => text(r, 10)),
      ...(r.chance(0.3) ? { otherStudies: [{ studyType: r.pick(STUDY_TYPES), text: text(r, 8) }] } : {}),
      ...(r.chance(0.4) ? { journal: text(r, 2).trim() } : {}),
      ...(r.chance(0.3) ? { retracted: r.chance(0.5) } : {}),
    },
    sources,
    claims: Array.from({ length: r.int(0, 3) }, (_, i) => ({ text: text(r, 6), strength: r.pick(['none', 'correlational', 'conditional', 'causal'] as const), probability: r.next(), part: i ? ('finding' as const) : ('headline' as const) })),
    glossary: Array.from({ length: r.int(0, 4) }, () => ({
      term: text(r, 2),
      definition: text(r, 12),
      matched: [text(r, 1)],
      count: r.int(1, 9),
      ...(r.chance(0.5) ? { field: 'medicine' } : {}),
      ...(r.chance(0.3) ? { seeAlso: [text(r, 1)] } : {}),
    })),
  };
  if (r.chance(0.3)) a.claimWarning = { kind: r.pick(['causal-from-observational', 'people-from-animals-or-cells'] as const), text: text(r, 8) };
  return a;
}

/** Story `i`: a few are huge (text past its limit, megabytes of inline images), the rest ordinary but odd. */
export function genStory(r: Rng, i: number): StoryData {
  const url = oddUrl(r, i);
  const huge = i % 250 === 7;
  const title = r.chance(0.03) ? 'T'.repeat(3_000) + '😀' : text(r, r.int(0, 12));
  const body = huge ? `${text(r, 40)}\n\n`.repeat(12_000) : text(r, r.int(0, 400));
  const images = huge || r.chance(0.05) ? `<p><img alt="figure" src="${PIXEL}${huge ? 'A'.repeat(2_500_000) : ''}"></p>`.repeat(huge ? 3 : 2) : '';
  const savedAt = Date.UTC(2020, 0, 1) + i * 60_000 + r.int(0, 59_000);
  return {
    url,
    title,
    byline: maybe(r, 0.6, () => text(r, 3)),
    siteName: maybe(r, 0.6, () => text(r, 2)),
    publishedTime: maybe(r, 0.6, () => r.pick(['2024-03-05T10:00:00.000Z', 'yesterday', '', '0001-01-01T00:00:00.000Z'])),
    lang: maybe(r, 0.7, () => r.pick(['en', 'de-CH', 'zh-Hant-TW', 'x'])),
    excerpt: maybe(r, 0.5, () => text(r, 20)),
    savedAt,
    updatedAt: savedAt + r.int(0, 10_000_000),
    analysis: analysis(r, url, title),
    contentHtml: `${images}<p>${body.slice(0, 2_000)}</p>${r.chance(0.1) ? '<script>steal()</script><img src=x onerror=alert(1)>' : ''}`,
    text: body,
    wordCount: r.int(0, 1_000_000),
    tags: Array.from({ length: r.chance(0.02) ? 300 : r.int(0, 5) }, (_, k) => r.pick(['Oncology', 'oncology', '  spaced   tag ', 'x'.repeat(100), `t${k}`, '😀'])),
    notes: r.chance(0.02) ? 'n'.repeat(120_000) : maybe(r, 0.4, () => text(r, 30)) ?? '',
    read: r.chance(0.5),
    highlights: [],
  };
}
