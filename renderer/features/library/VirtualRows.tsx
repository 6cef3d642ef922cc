import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { ListedRow } from './listing';

/** A row with one line of name and buttons; rows are measured once rendered. */
const ROW_ESTIMATE_PX = 49;
/** Rows rendered beyond each edge of the viewport, so Tab and ↑/↓ find the next row there. */
const OVERSCAN = 8;

type Props = {
  rows: readonly ListedRow[];
  /** the table body the rows are rendered into */
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** set to a function that scrolls a row into view (by its place in `records`) */
  scrollToRef: RefObject<((index: number) => void) | null>;
  renderRow(row: ListedRow, index: number, ref: (el: HTMLTableRowElement | null) => void): ReactNode;
  /** after every render of the rows (they change as the page scrolls, without the table rendering) */
  onRows(): void;
};

/** The rows' ids, as the same array while they are the same ids in the same order. */
function useStableIds(rows: readonly ListedRow[]): readonly string[] {
  const [ids, setIds] = useState<readonly string[]>(() => rows.map((r) => r.id));
  const same = ids.length === rows.length && rows.every((r, i) => r.id === ids[i]);
  if (!same) {
    const next = rows.map((r) => r.id);
    setIds(next);
    return next;
  }
  return ids;
}

/** Holds the space of rows not rendered, so the table is as tall as all of them. */
function Spacer({ px }: { px: number }) {
  if (px <= 0) return null;
  return (
    <tr className="lib-spacer" aria-hidden="true">
      <td colSpan={5} style={{ height: px }} />
    </tr>
  );
}

// Without layout (tests, a hidden tab) a row measures 0 px: keep the estimate then, or every row would count as visible.
const measureRow: typeof measureElement = (el, entry, instance) => measureElement(el, entry, instance) || ROW_ESTIMATE_PX;

/**
 * The rows of a long table near the window's viewport (the page scrolls as a
 * whole, so the table stays one table with its header and the presets
 * below). The rest are empty space of their measured or estimated height.
 * The row holding focus stays rendered wherever it is scrolled to, so focus
 * is never lost to a row being recycled.
 */
export function VirtualRows({ rows, bodyRef, scrollToRef, renderRow, onRows }: Props) {
  // Where the body starts on the page: the virtualizer works in page coordinates.
  const [top, setTop] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The rows are a new array at every batch of summaries, their order mostly not: the ids stay the
  // same array then, so the virtualizer keeps its measurements instead of redoing them for every row.
  const ids = useStableIds(rows);
  const indexOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  const focused = focusedId === null ? undefined : indexOf.get(focusedId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (focused === undefined || rows.includes(focused)) return rows;
      return [...rows, focused].sort((a, b) => a - b);
    },
    [focused],
  );
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    scrollMargin: top,
    getItemKey: useCallback((i: number) => ids[i]!, [ids]),
    measureElement: measureRow,
    rangeExtractor,
  });

  // Anything above the table changing height (a banner, the import panel) moves it: measured again on any resize of the page.
  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const measure = () => {
      const y = el.getBoundingClientRect().top + window.scrollY;
      setTop((prev) => (Math.abs(prev - y) < 1 ? prev : y));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el.closest('main') ?? document.body);
    return () => ro.disconnect();
  }, [bodyRef]);

  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const rowOf = (n: EventTarget | null) => (n instanceof Element ? n.closest<HTMLElement>('tr[data-index]') : null);
    const onIn = (e: FocusEvent) => {
      const id = rowOf(e.target)?.dataset.id;
      if (id !== undefined) setFocusedId(id);
    };
    const onOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node) || !el.contains(e.relatedTarget)) setFocusedId(null);
    };
    el.addEventListener('focusin', onIn);
    el.addEventListener('focusout', onOut);
    return () => {
      el.removeEventListener('focusin', onIn);
      el.removeEventListener('focusout', onOut);
    };
  }, [bodyRef]);

  useEffect(() => {
    scrollToRef.current = (index) => virtualizer.scrollToIndex(index, { align: 'auto' });
    return () => {
      scrollToRef.current = null;
    };
  }, [scrollToRef, virtualizer]);

  useLayoutEffect(onRows);

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const out: ReactNode[] = [];
  // in the body's own coordinates
  let end = 0;
  for (const item of items) {
    const start = item.start - top;
    if (start > end) out.push(<Spacer key={`gap-${item.key}`} px={start - end} />);
    out.push(renderRow(rows[item.index]!, item.index, virtualizer.measureElement));
    end = item.end - top;
  }
  return (
    <>
      {out}
      <Spacer key="end" px={total - end} />
    </>
  );
}
