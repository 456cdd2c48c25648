// @vitest-environment node
// Layering kept checkable: lib/ is pure and shared, components are presentational, entrypoints are leaves.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** Top-level folder and path of every import in a file ('@/x' is the project root). */
function imports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs
    .map((s) => (s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), s)) : null))
    .filter((s): s is string => s !== null);
}

const offenders = (dir: string, forbidden: (target: string, file: string) => boolean) =>
  files(dir).flatMap((f) => imports(f).filter((t) => forbidden(t, f)).map((t) => `${f} → ${t}`));

describe('module boundaries', () => {
  it('lib/ imports no entrypoint or component', () => {
    expect(offenders('lib', (t) => t.startsWith('entrypoints') || t.startsWith('components'))).toEqual([]);
  });

  it('lib/ uses no browser.* API (only messaging, the one protocol, may)', () => {
    const code = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const uses = files('lib').filter((f) => !f.endsWith('.test.ts') && f !== 'lib/messaging.ts' && /\bbrowser\.(runtime|tabs|storage|scripting|action|i18n)\b/.test(code(f)));
    expect(uses).toEqual([]);
  });

  it('components import no entrypoint', () => {
    expect(offenders('components', (t) => t.startsWith('entrypoints'))).toEqual([]);
  });

  it('entrypoints do not import each other', () => {
    const top = (p: string) => p.split('/').slice(0, 2).join('/').replace(/\.(content\.)?tsx?$/, '');
    expect(offenders('entrypoints', (t, f) => t.startsWith('entrypoints') && top(t) !== top(f))).toEqual([]);
  });
});
