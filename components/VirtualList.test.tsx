import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualList, visibleRange } from './VirtualList';

const items = Array.from({ length: 10_000 }, (_, i) => ({ id: i, title: `Story ${i}` }));
let root: HTMLElement;

function mount(extra: Partial<Parameters<typeof VirtualList<(typeof items)[number]>>[0]> = {}) {
  act(() => {
    render(
      <VirtualList
        items={items}
        rowHeight={40}
        height={200}
        overscan={2}
        getKey={(s) => s.id}
        label="Stories"
        renderRow={(s) => <span class="t">{s.title}</span>}
        {...extra}
      />,
      root,
    );
  });
  return root.querySelector<HTMLElement>('[role="grid"]')!;
}

function press(grid: HTMLElement, key: string) {
  act(() => {
    grid.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

const titles = () => [...root.querySelectorAll('.t')].map((e) => e.textContent);

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('visibleRange', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(100, 40, 200, 0, 2)).toEqual({ start: 0, end: 7 });
    expect(visibleRange(100, 40, 200, 400, 2)).toEqual({ start: 8, end: 17 });
    expect(visibleRange(10, 40, 200, 300, 2)).toEqual({ start: 5, end: 10 });
  });
});

describe('VirtualList', () => {
  it('renders only the rows in view out of 10,000', () => {
    const grid = mount();
    expect(root.querySelectorAll('[role="row"]').length).toBe(7);
    expect(titles()[0]).toBe('Story 0');
    expect(grid.getAttribute('aria-rowcount')).toBe('10000');
    const spacer = grid.querySelector<HTMLElement>('[role="rowgroup"]')!;
    expect(spacer.style.height).toBe('400000px');
  });

  it('renders other rows after scrolling', () => {
    const grid = mount();
    act(() => {
      grid.scrollTop = 4000;
      grid.dispatchEvent(new Event('scroll'));
    });
    expect(titles()).toContain('Story 100');
    expect(titles()).not.toContain('Story 0');
    expect(root.querySelectorAll('[role="row"]').length).toBeLessThan(12);
  });

  it('moves the active row with the keyboard and keeps it in view', () => {
    const grid = mount();
    expect(grid.getAttribute('aria-activedescendant')).toBe('row-0');
    press(grid, 'ArrowDown');
    press(grid, 'ArrowDown');
    expect(grid.getAttribute('aria-activedescendant')).toBe('row-2');
    press(grid, 'ArrowUp');
    expect(grid.getAttribute('aria-activedescendant')).toBe('row-1');
    press(grid, 'End');
    expect(grid.getAttribute('aria-activedescendant')).toBe('row-9999');
    expect(titles()).toContain('Story 9999');
    expect(root.querySelector('#row-9999')?.classList.contains('vrow-active')).toBe(true);
    press(grid, 'Home');
    expect(titles()).toContain('Story 0');
    press(grid, 'PageDown');
    expect(grid.getAttribute('aria-activedescendant')).toBe('row-4');
  });

  it('opens with Enter and toggles with Space', () => {
    const onActivate = vi.fn();
    const onToggle = vi.fn();
    const grid = mount({ onActivate, onToggle });
    press(grid, 'ArrowDown');
    press(grid, 'Enter');
    expect(onActivate).toHaveBeenCalledWith(items[1], 1);
    press(grid, ' ');
    expect(onToggle).toHaveBeenCalledWith(items[1], 1);
  });

  it('marks selected rows for assistive technology', () => {
    mount({ isSelected: (s) => s.id === 1 });
    expect(root.querySelector('#row-1')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#row-0')?.getAttribute('aria-selected')).toBe('false');
  });
});
