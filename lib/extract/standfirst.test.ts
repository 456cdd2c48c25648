// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractArticle } from '.';
import { bodyHas, findStandfirst } from './standfirst';

const BODY = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1}: the engineers ran the new turbine blade in a wind tunnel for three weeks and compared it with the old design at every wind speed they tried.</p>`).join('\n');
const DEK = 'Three weeks in a wind tunnel, reported in the journal Wind Energy, show the curved blade makes more power in light winds';

function standfirstOf(header: string): string | null {
  const { document, close } = parseHtml(`<!doctype html><html><body><main><article>${header}<div class="body">${BODY}</div></article></main></body></html>`, 'https://news.example/s');
  try {
    return findStandfirst(document);
  } finally {
    close();
  }
}

describe('findStandfirst', () => {
  it('takes the paragraph right after the headline, or an element named as a standfirst', () => {
    expect(standfirstOf(`<header><h1>Curved blades win</h1><p>${DEK}</p></header>`)).toBe(DEK);
    expect(standfirstOf(`<header><h1>Curved blades win</h1><div class="article__standfirst">${DEK}</div></header>`)).toBe(DEK);
    expect(standfirstOf(`<header><h1>Curved blades win</h1><span itemprop="description">${DEK}</span></header>`)).toBe(DEK);
    // The headline in a wrapper of its own, the standfirst in a wrapper named for it.
    expect(standfirstOf(`<header><div class="headline"><h1>Curved blades win</h1></div><div class="dek"><p>${DEK}</p></div></header>`)).toBe(DEK);
    // A label above or the byline between do not hide it.
    expect(standfirstOf(`<header><h1>Curved blades win</h1><div class="byline">By Ana Ruiz</div><p class="subtitle">${DEK}</p></header>`)).toBe(DEK);
  });

  it('takes no byline, date, label, caption, list or link row for one', () => {
    expect(standfirstOf('<header><h1>Curved blades win</h1><p>By Ana Ruiz and Tom Hale, Science Correspondents, with additional reporting</p></header>')).toBeNull();
    expect(standfirstOf('<header><h1>Curved blades win</h1><p class="meta">Published 12 March 2026, updated 13 March 2026 at 09:40</p></header>')).toBeNull();
    expect(standfirstOf(`<header><h1>Curved blades win</h1><div class="share-bar">${DEK}</div></header>`)).toBeNull();
    expect(standfirstOf('<header><h1>Curved blades win</h1><p class="summary"><a href="/a">Wind power in light winds</a> <a href="/b">Blade design explained for every reader</a></p></header>')).toBeNull();
    expect(standfirstOf(`<header><h1>Curved blades win</h1><div class="summary"><ul><li>${DEK}</li></ul></div></header>`)).toBeNull();
    // A plain <div> after the headline is a wrapper, not a standfirst, unless named as one.
    expect(standfirstOf(`<header><h1>Curved blades win</h1><div>${DEK}</div></header>`)).toBeNull();
    expect(standfirstOf(`<header><h1>Curved blades win</h1><p>Short words.</p></header>`)).toBeNull();
  });

  it('needs a headline', () => {
    expect(standfirstOf(`<p class="standfirst">${DEK}</p>`)).toBeNull();
  });
});

describe('bodyHas', () => {
  it('compares words, not spacing or punctuation', () => {
    expect(bodyHas(`Intro.\n\n  ${DEK.toUpperCase()}.`, DEK)).toBe(true);
    expect(bodyHas('Intro. Another paragraph about blades and wind tunnels and power in light winds.', DEK)).toBe(false);
  });
});

describe('extractArticle with a standfirst', () => {
  const page = (header: string) => `<!doctype html><html lang="en"><head><title>Curved blades win</title></head><body>
    <header class="site-header"><a href="/">Home</a></header>
    <main><article><header class="story-header">${header}</header><div class="story-body">${BODY}</div></article></main></body></html>`;
  const read = (html: string) => {
    const { document, close } = parseHtml(html, 'https://news.example/s');
    try {
      const r = extractArticle(document, { url: 'https://news.example/s' });
      if (!r.ok) throw new Error(r.reason);
      return r.article;
    } finally {
      close();
    }
  };

  it('reads a standfirst that Readability leaves out with the header as the first paragraph, in the text and the copy', () => {
    const a = read(page(`<h1>Curved blades win</h1><p class="dek">${DEK}</p>`));
    expect(a.paragraphs[0]).toBe(DEK);
    expect(a.paragraphs.filter((p) => p === DEK)).toHaveLength(1);
    expect(a.contentHtml).toContain(DEK);
    expect(a.text.startsWith(DEK)).toBe(true);
  });

  it('does not add it twice when the body already has it', () => {
    const a = read(page(`<h1>Curved blades win</h1><p class="dek">${DEK}</p>`).replace('<div class="story-body">', `<div class="story-body"><p>${DEK}</p>`));
    expect(a.paragraphs.filter((p) => p === DEK)).toHaveLength(1);
  });
});
