/**
 * The moment the app's first screen is complete, so work nobody is waiting
 * for (the main thread's copy of the expression engine, a few hundred kB of script on a
 * slow machine) starts after it rather than in front of it. Marked when the
 * first results are on screen; without a results panel (the library, a
 * report) the fallback opens the gate a little later.
 */
const FALLBACK_MS = 1500;

let settle: (() => void) | null = null;
const settled = new Promise<void>((resolve) => (settle = resolve));
let fallback: ReturnType<typeof setTimeout> | null = null;

function open(): void {
  if (fallback !== null) clearTimeout(fallback);
  settle?.();
  settle = null;
}

/** The first results are rendered: open the gate once they have been painted (after the next frame). */
export function markFirstScreen(): void {
  if (!settle) return;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(open, 0));
  else setTimeout(open, 0);
}

/** Resolves after the first screen is complete (or `FALLBACK_MS` after the first call, whichever is first). */
export function afterFirstScreen(): Promise<void> {
  if (settle && fallback === null) fallback = setTimeout(open, FALLBACK_MS);
  return settled;
}
