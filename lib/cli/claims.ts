import { createDefaultClaimClassifier } from '../analysis/claims';
import { InputError, readInput } from './load';
import type { Io } from './main';

/** `caveat claims "sentence"`: its strength; `--batch FILE --json`: {"text"} a line → {"text","strength","probability"} a line. */
export async function claimsCommand(sentence: string | undefined, batch: string | undefined, json: boolean, io: Io): Promise<number> {
  const classifier = createDefaultClaimClassifier();
  if (batch === undefined) {
    if (!sentence?.trim()) throw new InputError('claims needs a sentence (or --batch FILE)');
    const { strength, probability } = classifier.classify(sentence);
    io.out(json ? JSON.stringify({ text: sentence, strength, probability }) : `${strength} (${Math.round(probability * 100)}%)`);
    return 0;
  }
  const lines = (await readInput(batch)).split('\n');
  for (const [n, line] of lines.entries()) {
    if (!line.trim()) continue;
    let text: unknown;
    try {
      text = JSON.parse(line)?.text;
    } catch {
      text = undefined;
    }
    // A bad line answers with an error in its place, so the output stays in step with the input.
    if (typeof text !== 'string') {
      io.out(JSON.stringify({ text: null, strength: null, probability: null, error: `line ${n + 1}: needs {"text": "…"}` }));
      continue;
    }
    const { strength, probability } = classifier.classify(text);
    io.out(json ? JSON.stringify({ text, strength, probability }) : `${strength}\t${text}`);
  }
  return 0;
}
