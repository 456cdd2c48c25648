// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from '.';
import type { ExtractResult } from './types';

const para = (n: number, topic = 'the study') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}: researchers measured how the treatment changed outcomes over several months, and they reported the results carefully with all their limits.</p>`).join('\n');

function extract(html: string, url = 'https://news.example/health/story'): ExtractResult {
  const { document, close } = parseHtml(html, url);
  try {
    return extractArticle(document, { url });
  } finally {
    close();
  }
}

function ok(result: ExtractResult) {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

describe('extractArticle', () => {
  it('keeps only the names of a byline, and takes its date when the page gives none', () => {
    const a = ok(extract(`<html><head><title>Story</title></head><body><article><h1>Story</h1>
      <p class="byline">By Ana Ruiz · 2025-02-03</p>${para(8)}</article></body></html>`));
    expect(a.byline).toBe('Ana Ruiz');
    expect(a.publishedTime).toBe('2025-02-03T00:00:00.000Z');
  });

  it('ignores a canonical link that is not a web URL', () => {
    const page = (href: string) => `<html><head><title>S</title><link rel="canonical" href="${href}"></head><body><article><h1>S</h1>${para(6)}</article></body></html>`;
    expect(ok(extract(page('javascript:alert(1)'))).metadata.canonicalUrl).toBeUndefined();
    expect(ok(extract(page('data:text/html,hi'))).metadata.canonicalUrl).toBeUndefined();
  });

  it('reads JSON-LD inside @graph and arrays, and the canonical URL', () => {
    const a = ok(extract(`<html lang="en"><head><title>Site title</title>
      <link rel="canonical" href="/health/story-canonical">
      <script type="application/ld+json">[{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
        {"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2025-02-03T10:00:00Z","author":{"@type":"Person","name":"Ana Ruiz"}}]},
        {"@type":"ScholarlyArticle","name":"The paper"}]</script>
      <script type="application/ld+json">{ this is not json }</script>
      </head><body><article><h1>Graph headline</h1>${para(6)}</article></body></html>`));
    expect(a.metadata.canonicalUrl).toBe('https://news.example/health/story-canonical');
    expect(a.metadata.jsonLd.map((n) => n['@type'])).toEqual([['NewsArticle'], 'ScholarlyArticle']);
    expect(a.publishedTime).toBe('2025-02-03T10:00:00.000Z');
    expect(a.lang).toBe('en');
  });

  it('reads citation_*, Dublin Core and OpenGraph meta tags', () => {
    const a = ok(extract(`<html><head><title>T</title>
      <meta name="citation_journal_title" content="Science Advances">
      <meta name="citation_doi" content="10.1126/sciadv.abc1234">
      <meta name="citation_author" content="Goldstein, Harris"><meta name="citation_author" content="Lee, Min">
      <meta name="DC.identifier" content="doi:10.1126/sciadv.abc1234">
      <meta property="og:site_name" content="Lab Bench"><meta property="og:title" content="OG title">
      <meta property="article:published_time" content="2026-03-16">
      </head><body><article><h1>OG title</h1>${para(6)}</article></body></html>`));
    expect(a.metadata.citation.citation_journal_title).toEqual(['Science Advances']);
    expect(a.metadata.citation.citation_author).toEqual(['Goldstein, Harris', 'Lee, Min']);
    expect(a.metadata.dublinCore['dc.identifier']).toEqual(['doi:10.1126/sciadv.abc1234']);
    expect(a.metadata.openGraph['og:site_name']).toEqual(['Lab Bench']);
    expect(a.siteName).toBe('Lab Bench');
    expect(a.publishedTime).toBe('2026-03-16T00:00:00.000Z');
  });

  it('keeps links in the body with absolute URLs and their paragraph, and drops navigation and link lists', () => {
    const a = ok(extract(`<html><head><title>T</title></head><body>
      <nav><a href="/home">Home</a> <a href="/science">Science</a></nav>
      <article><h1>Headline here</h1>${para(3)}
      <p>The study was <a href="https://doi.org/10.1000/xyz123">published in a journal</a> this week, and a <a href="/press/release">press release</a> followed.</p>
      ${para(3, 'the method')}
      <ul><li><a href="/related/1">Related story one about something else</a></li><li><a href="/related/2">Related story two about another thing</a></li><li><a href="/related/3">Related story three about more</a></li></ul>
      <p><a href="javascript:void(0)">Share</a></p>
      </article></body></html>`));
    expect(a.links.map((l) => l.href)).toEqual(['https://doi.org/10.1000/xyz123', 'https://news.example/press/release']);
    expect(a.links[0].text).toBe('published in a journal');
    expect(a.links[0].context).toMatch(/^The study was published in a journal this week/);
  });

  it('splits plain text into paragraphs and records headings', () => {
    const a = ok(extract(`<html><head><title>T</title></head><body><article><h1>Main title</h1>
      ${para(3)}<h2>What it means</h2>${para(3, 'meaning')}<blockquote>A quoted line from a scientist who was not involved, speaking at length about it.</blockquote></article></body></html>`));
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(7);
    expect(a.paragraphs).toContain('What it means');
    expect(a.headings).toContainEqual({ level: 2, text: 'What it means' });
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(a.wordCount).toBeGreaterThan(150);
    expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.wordCount / 230)));
  });

  it('says "not-article" for a page with no story', () => {
    const r = extract(`<html><head><title>Sign in</title></head><body><form><label>Email <input></label><button>Sign in</button></form><a href="/forgot">Forgot password?</a></body></html>`);
    expect(r).toEqual({ ok: false, reason: 'not-article', title: 'Sign in' });
  });

  it('says "empty" for a page with no text', () => {
    expect(extract('<html><head><title></title></head><body>   </body></html>')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('copes with malformed HTML', () => {
    const a = ok(extract(`<html><head><title>Broken</title><body><div><article><h1>Broken page</h1></span><p>${'Unclosed paragraph with words about a vaccine trial in adults. '.repeat(8)}
      <p>Second <b><i>badly nested</b></i> paragraph about the same vaccine trial and its results in people.<table><tr><td>cell</div></span></p>`));
    expect(a.text).toContain('Unclosed paragraph');
    expect(a.text).toContain('badly nested');
  });

  it('handles a 5 MB page (mostly inline scripts, styles and SVG, as real heavy pages are)', () => {
    const state = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 60000 }, (_, i) => ({ id: i, title: `Item ${i} with some text`, tags: ['a', 'b'] })) })};</script>`;
    const svg = `<svg width="10" height="10">${'<path d="M0 0 L10 10 L0 10 Z M1 1 L9 9"></path>'.repeat(12000)}</svg>`;
    const style = `<style>${'.c{color:red;margin:0 auto;padding:1px 2px 3px 4px}'.repeat(15000)}</style>`;
    const nav = `<nav>${Array.from({ length: 3000 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav>`;
    const html = `<html><head><title>Heavy</title>${style}</head><body>${nav}${svg}<article><h1>Heavy page</h1>${para(40)}</article>${state}</body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const a = ok(extract(html));
    expect(a.paragraphs.filter((p) => p.startsWith('Paragraph '))).toHaveLength(40);
  }, 60_000);

  it('handles a page nested 5,000 levels deep', () => {
    const depth = 5000;
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<article><h1>Deep</h1>${para(8)}</article>${'</div>'.repeat(depth)}</body></html>`;
    // Node gets the shape a browser's parser would give (depth capped), so the story is still found.
    const a = ok(extract(html));
    expect(a.title).toBe('Deep');
    expect(a.paragraphs.filter((p) => p.startsWith('Paragraph '))).toHaveLength(8);
  }, 60_000);

  it('reads a paragraph of 50,000 links in linear time: the first 2,000 are links, the paragraph cut at 50,000 characters', () => {
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="https://ref.example/${i}">ref ${i}</a>`).join(' ');
    const started = Date.now();
    const a = ok(extract(`<html><head><title>Links</title></head><body><article><h1>Links</h1>${para(4)}<p>See ${links}.</p>${para(4)}</article></body></html>`));
    // Minutes before (each link re-read the whole paragraph); a few seconds even on a busy machine now.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(a.links).toHaveLength(2_000);
    expect(a.links[1999]).toMatchObject({ href: 'https://ref.example/1999', text: 'ref 1999' });
    expect(a.links[0].context).toMatch(/^See ref 0 ref 1 /);
    // A block's text is evidence for its first links; thousands more in one paragraph are a list.
    expect(a.links.filter((l) => l.context)).toHaveLength(50);
    const long = a.paragraphs.find((p) => p.startsWith('See ref 0'))!;
    expect(long.length).toBeLessThanOrEqual(50_002);
    expect(long.endsWith(' …')).toBe(true);
    expect(a.paragraphs.filter((p) => p.startsWith('Paragraph '))).toHaveLength(8);
  }, 60_000);

  it('stops with "too slow" when reading runs past its time budget', () => {
    const { document, close } = parseHtml(`<html><head><title>Slow</title></head><body><article><h1>S</h1>${para(8)}</article></body></html>`, 'https://x.example/');
    let clock = 0;
    // Every look at the clock finds a second gone.
    expect(extractArticle(document, { budgetMs: 2_500, now: () => (clock += 1_000) })).toEqual({ ok: false, reason: 'too-slow', title: 'Slow' });
    close();
  });

  it('refuses a page with more elements than the limit, quickly', () => {
    const { document, close } = parseHtml(`<html><head><title>Many</title></head><body><article>${para(50)}</article></body></html>`, 'https://x.example/');
    expect(extractArticle(document, { maxElements: 20 })).toMatchObject({ ok: false, reason: 'too-large' });
    close();
  });

  it('does not change the page it reads', () => {
    const { document, close } = parseHtml(`<html><head><title>T</title></head><body><nav>Menu</nav><article><h1>H</h1>${para(6)}</article></body></html>`, 'https://x.example/');
    const before = document.documentElement.outerHTML;
    ok(extractArticle(document));
    expect(document.documentElement.outerHTML).toBe(before);
    close();
  });
});

describe('DOIs printed outside the article', () => {
  const page = `<html><head><title>Minds without brains</title></head><body>
    <article><h1>Minds without brains</h1>${para(8, 'slime moulds')}</article>
    <footer><cite>Orbit Magazine Vol. 12 No. 3 (March 2025), p. 30<small>doi:<!-- -->10.5555/orbitmag0325-30</small></cite>
    <div>View this issue</div></footer>
    <script>window.data = {"doi": "10.5555/from-a-script"}; var x = "doi:10.5555/in-a-script";</script></body></html>`;

  it('reads a citation footer\'s DOI that Readability leaves out, and no DOI from scripts', () => {
    const a = ok(extract(page));
    expect(a.text).not.toContain('10.5555');
    expect(a.metadata.printedDois).toEqual(['10.5555/orbitmag0325-30']);
  });

  it('reads a press release\'s information box ("DOI 10.…", "https://doi.org/10.…")', () => {
    const html = `<html><head><title>Release</title></head><body><article><h1>Release</h1>${para(8)}</article>
      <aside><dl><dt>Journal</dt><dd>Ecology Letters</dd><dt>DOI</dt><dd>10.5555/ele.2025.0042</dd>
      <dt>Link</dt><dd>https://doi.org/10.5555/ele.2025.0042.</dd></dl></aside></body></html>`;
    expect(ok(extract(html)).metadata.printedDois).toEqual(['10.5555/ele.2025.0042']);
  });

  it('keeps a link to the paper in a box after the article ("Die Studie als PDF"), and none from a page linking many', () => {
    const href = 'https://www.cambridge.org/core/services/aop-cambridge-core/content/view/10.15184/aqy.2026.31.pdf';
    const html = `<html><head><title>Grab</title></head><body><article><h1>Grab</h1>${para(8)}
      <div class="story-source"><p>Die Studie als <a href="${href}">PDF</a></p></div></article></body></html>`;
    expect(ok(extract(html)).metadata.doiLinks).toEqual([href]);
    const links = [1, 2, 3, 4].map((n) => `<li><a href="https://doi.org/10.5555/related.${n}">Paper ${n}</a></li>`).join('');
    const many = `<html><head><title>Story</title></head><body><article><h1>Story</h1>${para(8)}</article><aside><ul>${links}</ul></aside></body></html>`;
    expect(ok(extract(many)).metadata.doiLinks).toBeUndefined();
  });

  it('takes none from a page that lists more than three (other papers, a reading list)', () => {
    const list = [1, 2, 3, 4].map((n) => `<li>A related paper, doi: 10.5555/related.${n}</li>`).join('');
    const html = `<html><head><title>Story</title></head><body><article><h1>Story</h1>${para(8)}</article><aside><ul>${list}</ul></aside></body></html>`;
    expect(ok(extract(html)).metadata.printedDois).toBeUndefined();
  });
});
