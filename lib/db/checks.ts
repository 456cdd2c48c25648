/**
 * Building blocks of the one story check (lib/db/story-check.ts): every value typed, rebuilt into fresh objects.
 * Limits cut rather than refuse (text to its length, lists to their size, numbers into range); only a value of
 * the wrong kind refuses, with a path to it.
 */
import { StoryDataError } from './errors';

export type Check<T> = (value: unknown, path: string) => T;

const MAX_DEPTH = 12;
const MAX_ARRAY = 5_000;
const MAX_EXTRA_KEYS = 200;

// Keys that could reach an object's prototype if the data were ever merged into an object.
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function fail(message: string, path: string): never {
  throw new StoryDataError(message, path);
}

/** `s` cut to at most `max` UTF-16 units, never between the two halves of a character. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

export const str =
  (max: number): Check<string> =>
  (v, path) => (typeof v === 'string' ? cutText(v, max) : fail('Expected text', path));

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null || v === undefined ? null : check(v, path);

export const num =
  (min: number, max: number, integer = false): Check<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail('Expected a number', path);
    const n = Math.min(max, Math.max(min, v));
    return integer ? Math.round(n) : n;
  };

export const bool: Check<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail('Expected true or false', path));

export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, path) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : fail(`Expected one of ${values.join(', ')}`, path);

export const arrayOf =
  <T>(check: Check<T>, max = MAX_ARRAY): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) fail('Expected a list', path);
    return v.slice(0, max).map((item, i) => check(item, `${path}[${i}]`));
  };

/** A web address (http or https), or undefined when it is anything else. */
export function webUrlOrUndefined(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string' || v.length > max) return undefined;
  try {
    const { protocol } = new URL(v);
    return protocol === 'https:' || protocol === 'http:' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Any JSON value, bounded in depth: for fields the analysis may gain in later versions. */
export const json: Check<unknown> = (v, path) => {
  const walk = (x: unknown, p: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('Nested too deeply', p);
    if (x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) return x;
    if (Array.isArray(x)) return arrayOf((y, q) => walk(y, q, depth + 1))(x, p);
    if (typeof x === 'object') return obj({}, 'json')(x, p);
    return fail('Unexpected value', p);
  };
  return walk(v, path, 0);
};

export type Shape = Record<string, [check: Check<unknown>, optional?: 'optional']>;

/**
 * An object with the known keys checked; other keys dropped ('drop') or kept as bounded JSON ('json', where the
 * contract may grow). A check that gives undefined for an optional key drops it (a link that is not one).
 */
export function obj(shape: Shape, extra: 'drop' | 'json' = 'drop'): Check<Record<string, unknown>> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('Expected an object', path);
    const out: Record<string, unknown> = {};
    let extras = 0;
    // Input key order is kept so that an export, imported and exported again, is byte-identical.
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) fail(`Forbidden key "${key}"`, path);
      const value = (v as Record<string, unknown>)[key];
      if (Object.prototype.hasOwnProperty.call(shape, key)) {
        const checked = shape[key][0](value, `${path}.${key}`);
        if (checked !== undefined) out[key] = checked;
        continue;
      }
      if (extra === 'drop' || key.length > 100 || ++extras > MAX_EXTRA_KEYS) continue;
      out[key] = json(value, `${path}.${key}`);
    }
    for (const [key, [, optional]] of Object.entries(shape)) {
      if (!optional && !Object.prototype.hasOwnProperty.call(out, key)) fail(`Missing "${key}"`, path);
    }
    return out;
  };
}
