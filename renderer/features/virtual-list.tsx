import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Rows rendered beyond the visible ones on each side. */
const OVERSCAN = 8;

interface VirtualListProps<T> {
  items: readonly T[];
  /** Fixed row height in CSS pixels (the row's CSS must match). */
  rowHeightPx: number;
  labelledBy: string;
  /** Id of the element explaining the keyboard use. */
  describedBy?: string;
  itemKey(item: T): string;
  /** Index of the selected item (scrolled into view when it changes), or -1. */
  selectedIndex: number;
  /** Renders a row's content; `tabIndex` is 0 for the one row Tab reaches, -1 for the others. */
  renderRow(item: T, tabIndex: 0 | -1): ReactNode;
}

/**
 * The first and last row index (inclusive, with OVERSCAN) of `count` rows of `rowPx` shown when the list's top is
 * `offsetPx` above the top of a viewport `viewPx` high (negative when the list starts below it).
 */
export function visibleRange(offsetPx: number, viewPx: number, rowPx: number, count: number): [number, number] {
  const first = Math.floor(offsetPx / rowPx) - OVERSCAN;
  const last = Math.ceil((offsetPx + viewPx) / rowPx) + OVERSCAN;
  return [Math.max(0, first), Math.min(count - 1, last)];
}

/** The nearest ancestor that scrolls vertically (the panel's scroll area). */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return document.documentElement;
}

/** Scrolls the list's scroll parent just enough to show row `index`. */
function revealRow(list: HTMLElement, index: number, rowPx: number): void {
  const box = scrollParent(list);
  const top = list.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop + index * rowPx;
  if (top < box.scrollTop) box.scrollTop = top;
  else if (top + rowPx > box.scrollTop + box.clientHeight) box.scrollTop = top + rowPx - box.clientHeight;
}

/**
 * A list that renders only the rows in (and near) view of its scrolling ancestor: a <ul> as tall as all rows, with
 * absolutely placed <li>s carrying aria-setsize/aria-posinset. One row is in the Tab order (the last one used, else
 * the selected one, else the first shown); Up, Down, Home, End, PageUp and PageDown move focus through all rows.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeightPx, labelledBy, describedBy, itemKey, selectedIndex, renderRow } = props;
  const list = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [range, setRange] = useState<[number, number]>(() => visibleRange(0, 1200, rowHeightPx, items.length));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const count = items.length;

  useEffect(() => {
    const el = list.current;
    if (!el) return undefined;
    const box = scrollParent(el);
    const measure = () => {
      const offset = box.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const next = visibleRange(offset, box.clientHeight, rowHeightPx, count);
      setRange((old) => (old[0] === next[0] && old[1] === next[1] ? old : next));
    };
    box.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(box);
    resize.observe(el);
    return () => {
      box.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [rowHeightPx, count]);

  // A selection made elsewhere (the map) scrolls its row into view.
  useEffect(() => {
    const el = list.current;
    if (el && selectedIndex >= 0 && !el.contains(document.activeElement)) revealRow(el, selectedIndex, rowHeightPx);
  }, [selectedIndex, rowHeightPx]);

  // After a keyboard move, focus the row once it is rendered.
  useEffect(() => {
    const index = pendingFocus.current;
    const button = index === null ? null : list.current?.querySelector<HTMLElement>(`li[data-index="${index}"] button`);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const el = list.current;
    const current = Number((event.target as HTMLElement).closest('li')?.dataset.index ?? -1);
    if (!el || current < 0) return;
    const page = Math.max(1, Math.floor(scrollParent(el).clientHeight / rowHeightPx) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: count - 1,
      PageDown: current + page,
      PageUp: current - page,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(count - 1, target));
    setActiveKey(itemKey(items[index] as T));
    pendingFocus.current = index;
    revealRow(el, index, rowHeightPx);
    el.querySelector<HTMLElement>(`li[data-index="${index}"] button`)?.focus();
  };

  const inRange = (i: number) => i >= range[0] && i <= range[1];
  const activeIndex = activeKey === null ? -1 : items.findIndex((item) => itemKey(item) === activeKey);
  const tabbable = inRange(activeIndex) ? activeIndex : inRange(selectedIndex) ? selectedIndex : range[0];
  const rows: ReactNode[] = [];
  for (let i = range[0]; i <= range[1] && i < count; i++) {
    const item = items[i] as T;
    rows.push(
      <li
        key={itemKey(item)}
        data-index={i}
        aria-setsize={count}
        aria-posinset={i + 1}
        style={{ top: i * rowHeightPx, height: rowHeightPx }}
      >
        {renderRow(item, i === tabbable ? 0 : -1)}
      </li>,
    );
  }
  return (
    <ul
      ref={list}
      className="object-list object-list--virtual"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      style={{ height: count * rowHeightPx }}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const li = (event.target as HTMLElement).closest('li');
        const index = Number(li?.dataset.index ?? -1);
        if (index >= 0 && items[index]) setActiveKey(itemKey(items[index]));
      }}
    >
      {rows}
    </ul>
  );
}
