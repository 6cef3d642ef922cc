/**
 * Chart drawing batched per commit. ECharts measures its container when a
 * chart is created; on a page of charts (the report has six) each of those
 * measurements came right after the previous chart had written its SVG, so
 * every chart forced a layout of the whole page. Charts now read their size
 * in their effect (all reads of a commit share one layout) and draw here,
 * after the effects, at that size.
 */
type Draw = () => void;

let queue: Draw[] = [];
let flushing: Promise<void> | null = null;

export function queueDraw(draw: Draw): void {
  queue.push(draw);
  flushing ??= Promise.resolve().then(() => {
    const draws = queue;
    queue = [];
    flushing = null;
    for (const d of draws) d();
  });
}

/** Resolves once every chart queued so far has drawn. */
export function chartsDrawn(): Promise<void> {
  return flushing ?? Promise.resolve();
}
