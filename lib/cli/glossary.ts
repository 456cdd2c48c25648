import type { Io } from './main';

/** `caveat glossary [TERM] [--json]`: placeholder until the glossary lands. */
export function glossaryCommand(_term: string | undefined, _json: boolean, io: Io): number {
  io.err('caveat: the glossary is not available yet');
  return 2;
}
