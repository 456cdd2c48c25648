// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTEXT } from './context';

const talks = (text: string, lang: 'en' | 'de' = 'en') => [...text.matchAll(CONTEXT[lang].studyTalk)].length > 0;

describe('study talk', () => {
  it('counts talk of a piece of research, not research as an institution', () => {
    expect(talks('The new research, published in Cell, followed 400 adults.')).toBe(true);
    expect(talks('The study found a drop in blood pressure.')).toBe(true);
    expect(talks('The cut to the national research budget falls on young scientists.')).toBe(false);
    expect(talks('Universities froze their research posts.')).toBe(false);
  });
  it('leaves the people who do research to their own feature', () => {
    expect(talks('Scientists warned of a brain drain.')).toBe(false);
    expect('Scientists warned of a brain drain.'.match(CONTEXT.en.actors)).not.toBeNull();
    expect('Die Forschenden warnen vor Kürzungen.'.match(CONTEXT.de.actors)).not.toBeNull();
  });
  it('reads German study talk', () => {
    expect(talks('Die Studie erschien in der Fachzeitschrift Nature.', 'de')).toBe(true);
  });
});
