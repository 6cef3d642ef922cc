import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element has come near the window once (and stays true): the cost views ask
 * the worker for the reference comparison and the abatement curve (one run per project)
 * and draw their charts only when the planner scrolls to them. Without
 * IntersectionObserver (tests) it is true at once.
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
