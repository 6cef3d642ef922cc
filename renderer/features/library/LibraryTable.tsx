import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from './entry';
import { LibraryRow, PendingRow, type RowActions } from './LibraryRow';
import type { ListedRow } from './listing';
import { rowKeyTarget } from './row-keys';
import { VirtualRows } from './VirtualRows';

type Props = {
  /** undefined while the library is being listed */
  rows: readonly ListedRow[] | undefined;
  /** a derived scenario's parent: undefined while not read yet, null when not in the library */
  parentOf(id: string): LibraryEntry | null | undefined;
  actions: RowActions;
  testId: string;
  /** render only the rows near the viewport (a library can hold thousands) */
  virtual?: boolean;
};

const NONE: readonly ListedRow[] = [];

/** Where focus goes once the row is rendered: the row's place and record, and the control's test id. */
type FocusRequest = { index: number; id: string; control: string };

/**
 * Scenarios as a table. ↑/↓ move focus to the same control in the row above
 * or below, Home/End to the first or last row, rendering (and scrolling to)
 * a row that was not. The table reports how many rows exist (`aria-rowcount`)
 * and each row its place (`aria-rowindex`), since a virtual table holds only
 * some of them; `data-summaries-pending` counts rows whose summary is still
 * computing (absent while the library is being listed).
 */
export function LibraryTable({ rows: listed, parentOf, actions, testId, virtual = false }: Props) {
  const rows = listed ?? NONE;
  const { t } = useTranslation('library');
  const body = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<FocusRequest | null>(null);
  const scrollTo = useRef<((index: number) => void) | null>(null);

  const tryFocus = useCallback(() => {
    const want = pendingFocus.current;
    const row = want && body.current?.querySelector(`tr[data-index="${want.index}"]`);
    if (!want || !row) return;
    pendingFocus.current = null;
    // the list changed under the request: nothing sensible to focus
    if (row.getAttribute('data-id') !== want.id) return;
    const controls = [...row.querySelectorAll<HTMLElement>('a[data-testid], button[data-testid]')];
    (controls.find((c) => c.dataset.testid === want.control) ?? controls[0])?.focus();
  }, []);
  // a row asked for by the keyboard may render only after the scroll it caused
  useLayoutEffect(tryFocus);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = rowKeyTarget(e, rows.length);
    if (!target) return;
    e.preventDefault();
    pendingFocus.current = { index: target.index, id: rows[target.index]!.id, control: target.control };
    scrollTo.current?.(target.index);
    tryFocus();
  };

  let pending = 0;
  for (const r of rows) if (r.summary === 'computing') pending++;
  const row = (r: ListedRow, index: number, ref?: (el: HTMLTableRowElement | null) => void) =>
    r.entry ? (
      <LibraryRow
        key={r.id}
        ref={ref}
        index={index}
        rec={r.entry}
        summary={r.summary}
        parent={r.entry.parentId === undefined ? undefined : parentOf(r.entry.parentId)}
        actions={actions}
      />
    ) : (
      <PendingRow key={r.id} ref={ref} index={index} id={r.id} />
    );

  return (
    <table
      className="library-table"
      data-testid={testId}
      aria-rowcount={rows.length + 1}
      aria-busy={listed === undefined || pending > 0}
      data-summaries-pending={listed === undefined ? undefined : pending}
    >
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{t('col.name')}</th>
          <th scope="col">{t('col.region')}</th>
          <th scope="col">{t('col.updated')}</th>
          <th scope="col">{t('col.targets')}</th>
          <th scope="col" className="lib-actions-head">
            {t('col.actions')}
          </th>
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKeyDown}>
        {virtual ? <VirtualRows rows={rows} bodyRef={body} scrollToRef={scrollTo} renderRow={row} onRows={tryFocus} /> : rows.map((r, i) => row(r, i))}
      </tbody>
    </table>
  );
}
