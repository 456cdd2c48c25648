// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from './main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

describe('caveat claims', () => {
  it('prints one sentence’s strength', async () => {
    const io = capture();
    expect(await run(['claims', 'Eating oranges may reduce the risk of kidney stones'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^conditional \(\d+%\)$/);
  });

  it('answers a batch a line, in order, and keeps its place on a bad line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'caveat-claims-')), 'batch.jsonl');
    writeFileSync(file, ['{"text":"Eating oranges reduces the risk of kidney stones"}', 'not json', '{"text":"Orange eaters are less likely to develop kidney stones"}', ''].join('\n'));
    const io = capture();
    expect(await run(['claims', '--batch', file, '--json'], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ text: 'Eating oranges reduces the risk of kidney stones', strength: 'causal' });
    expect(lines[0].probability).toBeGreaterThan(0);
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2]).toMatchObject({ strength: 'correlational' });
  });

  it('says what it needs when given nothing', async () => {
    const io = capture();
    expect(await run(['claims'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/needs a sentence/);
  });
});
