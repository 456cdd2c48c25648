import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { GlossaryHit } from '@/lib/analysis/types';
import { FIRST_SHOWN, GlossaryPanel } from './GlossaryPanel';

const hits: GlossaryHit[] = [
  { term: 'memory T cell', definition: 'A long-lived immune cell.', matched: ['memory cells'], count: 3, field: 'immunology' },
  { term: 'placebo', definition: 'A fake treatment.', matched: ['placebo'], count: 1, field: 'methods' },
];
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('GlossaryPanel', () => {
  it('lists each term with its definition, count and the form the story used', () => {
    const root = document.createElement('div');
    render(<GlossaryPanel glossary={hits} />, root);
    const items = root.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('dfn')!.textContent).toBe('memory T cell');
    expect(items[0].textContent).toContain('A long-lived immune cell.');
    expect(items[0].querySelector('.glossary-note')).not.toBeNull(); // "memory cells" differs from the headword
    expect(items[1].querySelector('.glossary-note')).toBeNull();
    expect(root.querySelector('button')).toBeNull(); // no toggle without a page to mark
  });

  it('does not repeat a form that is only the headword in the plural or another case', () => {
    const root = document.createElement('div');
    const plural: GlossaryHit = { term: 'T cell', definition: 'A white blood cell.', matched: ['T cells', 't cell'], count: 2, field: 'immunology' };
    const es: GlossaryHit = { ...plural, term: 'virus', matched: ['viruses', 'Virus'] };
    const other: GlossaryHit = { ...plural, term: 'vaccine', matched: ['vaccines', 'vaccinated'] };
    render(<GlossaryPanel glossary={[plural, es, other]} />, root);
    const notes = [...root.querySelectorAll('li')].map((li) => li.querySelector('.glossary-note') !== null);
    expect(notes).toEqual([false, false, true]); // only "vaccinated" is worth a note
  });

  it('shows the first few terms and the rest on request', async () => {
    const many = Array.from({ length: FIRST_SHOWN + 3 }, (_, i) => ({ ...hits[1], term: `term ${i}` }));
    const root = document.createElement('div');
    render(<GlossaryPanel glossary={many} />, root);
    expect(root.querySelectorAll('li')).toHaveLength(FIRST_SHOWN);
    const more = root.querySelector<HTMLButtonElement>('[data-testid="glossary-more"]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    await tick();
    expect(root.querySelectorAll('li')).toHaveLength(FIRST_SHOWN + 3);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('says so when the story has no glossary words', () => {
    const root = document.createElement('div');
    render(<GlossaryPanel glossary={[]} />, root);
    expect(root.querySelector('li')).toBeNull();
    expect(root.textContent).toContain('glossaryEmpty');
  });

  it('toggles the page marks with a pressed-state button and announces the result', async () => {
    const root = document.createElement('div');
    let calls = 0;
    render(<GlossaryPanel glossary={hits} onToggleMarks={async () => (++calls === 1 ? 4 : 0)} />, root);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await tick();
    await tick();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[role="status"]')!.textContent).not.toBe('');
    button.click();
    await tick();
    await tick();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(calls).toBe(2);
  });
});
