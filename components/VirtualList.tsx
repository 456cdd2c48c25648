import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row is exactly this tall (px): positions are computed, never measured. */
  rowHeight: number;
  /** Viewport height (px); when absent the list measures its own box. */
  height?: number;
  /** Rows rendered beyond each edge so fast scrolling shows no gaps. */
  overscan?: number;
  getKey: (item: T) => string | number;
  renderRow: (item: T, index: number, active: boolean) => ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  /** Prefix for row element ids (aria-activedescendant needs unique ids). */
  idPrefix?: string;
  isSelected?: (item: T) => boolean;
  /** Enter on the active row. */
  onActivate?: (item: T, index: number) => void;
  /** Space on the active row. */
  onToggle?: (item: T, index: number) => void;
  /** Told which rows are rendered, so a parent can load just those from the database. */
  onRangeChange?: (start: number, end: number) => void;
  testId?: string;
}

/** Which rows to render for a scroll position: [start, end) clamped to the list. */
export function visibleRange(count: number, rowHeight: number, height: number, scrollTop: number, overscan: number) {
  const first = Math.floor(scrollTop / rowHeight);
  const last = Math.ceil((scrollTop + height) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/**
 * A windowed grid of fixed-height rows: only the rows in view are in the DOM, so 10,000 stories
 * scroll as fast as 10. Keyboard: arrows, Page Up/Down, Home/End move; Enter opens; Space selects.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, overscan = 4, idPrefix = 'row' } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(props.height ?? 480);
  const [active, setActive] = useState(0);
  const height = props.height ?? measured;

  useLayoutEffect(() => {
    const el = box.current;
    if (props.height !== undefined || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setMeasured(el.clientHeight);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [props.height]);

  // A shorter list (after a search) must not leave the active row or the scroll past its end.
  useEffect(() => {
    if (active >= items.length) setActive(Math.max(0, items.length - 1));
    const maxTop = Math.max(0, items.length * rowHeight - height);
    if (scrollTop > maxTop) scrollTo(maxTop);
  }, [items.length]);

  function scrollTo(top: number) {
    if (box.current) box.current.scrollTop = top;
    setScrollTop(top);
  }

  function moveTo(index: number) {
    if (items.length === 0) return;
    const i = Math.max(0, Math.min(items.length - 1, index));
    setActive(i);
    const top = i * rowHeight;
    if (top < scrollTop) scrollTo(top);
    else if (top + rowHeight > scrollTop + height) scrollTo(top + rowHeight - height);
  }

  function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLDivElement>) {
    // Keys typed into a control inside a row (a checkbox, a link) belong to that control.
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if (event.key === 'Enter' && items[active] !== undefined) {
      event.preventDefault();
      props.onActivate?.(items[active], active);
    } else if (event.key === ' ' && items[active] !== undefined) {
      event.preventDefault();
      props.onToggle?.(items[active], active);
    }
  }

  const { start, end } = visibleRange(items.length, rowHeight, height, scrollTop, overscan);
  useEffect(() => props.onRangeChange?.(start, end), [start, end]);
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i];
    const selected = props.isSelected?.(item) ?? false;
    rows.push(
      <div
        key={props.getKey(item)}
        id={`${idPrefix}-${i}`}
        role="row"
        aria-rowindex={i + 1}
        aria-selected={props.isSelected ? selected : undefined}
        class={i === active ? 'vrow vrow-active' : 'vrow'}
        style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
        onMouseDown={() => setActive(i)}
        data-testid="vlist-row"
      >
        <div role="gridcell" class="vcell">
          {props.renderRow(item, i, i === active)}
        </div>
      </div>,
    );
  }

  return (
    <div
      ref={box}
      role="grid"
      aria-label={props.label}
      aria-rowcount={items.length}
      aria-activedescendant={items.length ? `${idPrefix}-${active}` : undefined}
      tabIndex={0}
      class="vlist"
      style={{ overflowY: 'auto', position: 'relative', height: props.height !== undefined ? `${props.height}px` : undefined }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
      data-testid={props.testId ?? 'vlist'}
    >
      <div role="rowgroup" style={{ position: 'relative', height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
