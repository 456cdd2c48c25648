// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from '../glossary/index';
import { run } from './main';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('caveat glossary', () => {
  it('looks a term up by headword, any case', async () => {
    const r = await cli('glossary', 'PLACEBO');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^placebo \(methods\)\n {2}A fake treatment/);
  });

  it('looks a term up by alias, hyphen or plural', async () => {
    expect((await cli('glossary', 'memory cells')).out).toMatch(/^memory T cell/);
    expect((await cli('glossary', 'car t')).out).toMatch(/^CAR-T cell therapy/);
    expect((await cli('glossary', 'exoplanets')).out).toMatch(/^exoplanet/);
  });

  it('prints the entry object with --json', async () => {
    const r = await cli('glossary', 'viral load', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ term: 'viral load', field: 'infectious-disease' });
  });

  it('exits 1 with close suggestions for an unknown term', async () => {
    const r = await cli('glossary', 'placebbo');
    expect(r.status).toBe(1);
    expect(r.err).toContain('no entry for placebbo');
    expect(r.err).toContain('placebo');
  });

  it('lists every entry as headword — definition, or as JSON', async () => {
    const text = await cli('glossary');
    expect(text.status).toBe(0);
    expect(text.out.split('\n')).toHaveLength(ALL_ENTRIES.length);
    expect(text.out).toContain('remission — ');
    const json = JSON.parse((await cli('glossary', '--json')).out);
    expect(json).toHaveLength(ALL_ENTRIES.length);
  });
});
