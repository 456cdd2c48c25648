/** Reading JSON-LD nodes: their types, the names and identifiers they hold. */
export type Json = Record<string, unknown>;

export const SCHOLARLY = /^(scholarlyarticle|medicalscholarlyarticle|report)$/i;

export function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export function namesOf(value: unknown, depth = 0): string[] {
  if (depth > 3 || value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => namesOf(v, depth + 1));
  if (typeof value === 'object') {
    const node = value as Json;
    const own = typeof node.name === 'string' ? [node.name] : [];
    return [...own, ...namesOf(node.isPartOf, depth + 1)];
  }
  return [];
}

export function stringsOf(value: unknown, depth = 0): string[] {
  if (depth > 3 || value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, depth + 1));
  if (typeof value === 'object') {
    const node = value as Json;
    return [node.value, node['@id'], node.url].flatMap((v) => stringsOf(v, depth + 1));
  }
  return [];
}
