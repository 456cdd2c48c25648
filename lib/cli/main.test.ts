// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endlessWordPage, jsonDocument, pngBytes, randomBytes, searchResultsPage } from '../../tests/support/hostile-pages';
import { run, type Io } from './main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

const dir = mkdtempSync(join(tmpdir(), 'caveat-cli-'));
const article = join(dir, 'article.html');
writeFileSync(
  article,
  `<html lang="en"><head><title>Mice study</title></head><body><article><h1>Mice study</h1>${'<p>Researchers gave the drug to mice for twelve weeks and measured how their memory changed, comparing them with untreated animals.</p>'.repeat(8)}</article></body></html>`,
);
const notArticle = join(dir, 'login.html');
writeFileSync(notArticle, '<html><head><title>Log in</title></head><body><form><input name="user"><button>Go</button></form></body></html>');

describe('caveat analyze', () => {
  it('prints the analysis contract as JSON and exits 0', async () => {
    const io = capture();
    expect(await run(['analyze', article, '--url', 'https://news.example/mice', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(json.url).toBe('https://news.example/mice');
    expect(json.article).toMatchObject({ title: 'Mice study', lang: 'en' });
    expect(json.article.wordCount).toBeGreaterThan(100);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['research', 'sources', 'glossary']));
  });

  it('prints a readable report without --json', async () => {
    const io = capture();
    expect(await run(['analyze', article], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^Mice study\n[\s\S]*min read[\s\S]*RESEARCH STAGE[\s\S]*SOURCES[\s\S]*WORDS IN THIS STORY/);
  });

  it('prints no terminal control codes from the page in the text report, and escapes them in JSON', async () => {
    const hostile = join(dir, 'controls.html');
    const title = 'Mice \u001b]0;owned\u0007study\u001b[2J \u009b31m\u202egnp.exe';
    writeFileSync(hostile, `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${'<p>Researchers gave the drug to mice \u001b[31mfor twelve weeks\u001b[0m and measured how their memory changed, comparing them with untreated animals.</p>'.repeat(8)}</article></body></html>`);
    const text = capture();
    expect(await run(['analyze', hostile], text)).toBe(0);
    const printed = text.stdout.join('\n');
    expect(printed).toMatch(/Mice \]0;ownedstudy\[2J 31mgnp\.exe/);
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const json = capture();
    expect(await run(['analyze', hostile, '--json'], json)).toBe(0);
    const raw = json.stdout.join('\n');
    expect(raw).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // The JSON still says exactly what the page said.
    expect(JSON.parse(raw).article.title).toContain('\u009b31m\u202egnp');
  });

  it('exits 3 with an error object for a page that is not an article', async () => {
    const io = capture();
    expect(await run(['analyze', notArticle, '--url', 'https://x.example/login', '--json'], io)).toBe(3);
    expect(JSON.parse(io.stdout[0])).toEqual({ url: 'https://x.example/login', article: null, error: expect.stringMatching(/not look like an article/) });
  });

  it('exits 3 for search results, random bytes, a PNG, a JSON document and one endless word, saying what they are', async () => {
    const pages: [string, string | Uint8Array, RegExp][] = [
      ['search.html', searchResultsPage(), /search results/],
      ['bytes.html', randomBytes(40_000), /not text/],
      ['image.html', pngBytes(), /not text/],
      ['data.json', jsonDocument(), /JSON/],
      ['word.html', endlessWordPage(), /no words/],
    ];
    for (const [name, body, why] of pages) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const io = capture();
      expect(await run(['analyze', file, '--json'], io), name).toBe(3);
      expect(JSON.parse(io.stdout[0]).error, name).toMatch(why);
    }
  });

  it('reads a story saved as plain text paragraph by paragraph: a line without a full stop ends its paragraph', async () => {
    const story = join(dir, 'story.txt');
    const lede = 'Researchers gave the drug to mice for twelve weeks and measured how their memory changed, comparing them with untreated animals.';
    writeFileSync(story, `Health\n\nA Drug Sharpened Memory in Old Mice\n\n${lede}\n\nIn the mice:\n\nMemory improved — the treated mice found the hidden platform sooner\n\n${lede}\n`);
    const io = capture();
    expect(await run(['analyze', story, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(json.article.title).toBe('A Drug Sharpened Memory in Old Mice');
    const quoted = [...json.research.evidence.map((e: { text: string }) => e.text), ...json.research.caveats];
    expect(quoted.some((t: string) => t.startsWith('In the mice:') && t.includes('platform'))).toBe(false);
  });

  it('exits 2 with one line on stderr for an unreadable input', async () => {
    const io = capture();
    expect(await run(['analyze', join(dir, 'missing.html'), '--json'], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/missing\.html: no such file/);
  });

  it('exits 2 for bad usage', async () => {
    const io = capture();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(await run(['analyze', '--url'], io)).toBe(2);
  });

  it('analyses the bundled sample story when given no input', async () => {
    const io = capture();
    expect(await run(['analyze', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).article.title).toMatch(/CAR-T/);
  });
});

describe('caveat analyze --batch', () => {
  it('prints one JSON object a line, in order, and goes on past failures', async () => {
    const list = join(dir, 'list.jsonl');
    writeFileSync(
      list,
      [
        JSON.stringify({ file: article, url: 'https://news.example/1' }),
        JSON.stringify({ file: join(dir, 'nope.html'), url: 'https://news.example/2' }),
        'this is not json',
        JSON.stringify({ file: notArticle, url: 'https://news.example/3' }),
        '',
        JSON.stringify({ file: article, url: 'https://news.example/4' }),
      ].join('\n'),
    );
    const io = capture();
    expect(await run(['analyze', '--batch', list, '--json'], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.url)).toEqual(['https://news.example/1', 'https://news.example/2', null, 'https://news.example/3', 'https://news.example/4']);
    expect(lines[0].article.title).toBe('Mice study');
    expect(lines[1]).toMatchObject({ article: null, error: expect.stringMatching(/no such file/) });
    expect(lines[2]).toMatchObject({ article: null, error: expect.stringMatching(/line 3: not JSON/) });
    expect(lines[3]).toMatchObject({ article: null, error: expect.stringMatching(/not look like an article/) });
    expect(lines[4].article.title).toBe('Mice study');
  });

  it('exits 2 when the list itself cannot be read', async () => {
    const io = capture();
    expect(await run(['analyze', '--batch', join(dir, 'absent.jsonl'), '--json'], io)).toBe(2);
  });
});
