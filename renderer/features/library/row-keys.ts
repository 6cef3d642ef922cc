import type { KeyboardEvent } from 'react';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * The row a key press in a table body moves focus to, and which of its
 * controls (by test id: the same one as focused now, e.g. "btn-rename"); null
 * when the key is not one for moving between rows or focus is not in a row.
 * Rows carry their place in the whole list in `data-index`.
 */
export function rowKeyTarget(e: KeyboardEvent<HTMLElement>, count: number): { index: number; control: string } | null {
  if (!KEYS.has(e.key) || e.altKey || e.shiftKey || e.metaKey) return null;
  const from = e.target instanceof HTMLElement ? e.target : null;
  const row = from?.closest<HTMLElement>('tr[data-index]');
  if (!from || !row || count === 0) return null;
  const here = Number(row.dataset.index);
  const index = e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : here + (e.key === 'ArrowDown' ? 1 : -1);
  if (index < 0 || index >= count || index === here) return null;
  return { index, control: from.closest<HTMLElement>('a[data-testid], button[data-testid]')?.dataset.testid ?? 'row-link' };
}
