import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element has come near the window once (and stays true): views that load
 * charts or ask the worker for more (the hourly panel, the cost views) do so only when the
 * planner scrolls to them, not when the editor opens. Without IntersectionObserver (tests)
 * it is true at once.
 */
export function useSeenOnce(ref: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { rootMargin: '400px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, seen]);
  return seen;
}
