import { useEffect, useRef, useState } from 'react';
import type { ChartInstance, ChartOption, ChartRenderer } from './chart/echarts';
import { queueDraw } from './chart/draw-queue';
import { loadChartLibrary, loadedChartLibrary } from './chart/load';

export type { ChartOption, ChartRenderer };

export type ChartProps = {
  option: ChartOption;
  /** 'canvas' on screen; 'svg' for print and export (vector, selectable text) */
  renderer?: ChartRenderer;
  /** px, or any CSS length; the width follows the container */
  height?: number | string;
  className?: string;
  /** accessible name of the chart (the heading it sits under, usually) */
  ariaLabel?: string;
  testId?: string;
};

/**
 * A thin React wrapper over one ECharts instance: created on mount (and when
 * the renderer changes), given each new `option` whole (notMerge, so series
 * that disappear are removed), resized with its container, disposed on unmount.
 */
export function Chart({ option, renderer = 'canvas', height = 280, className, ariaLabel, testId }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const latest = useRef(option);
  const applied = useRef<ChartOption | null>(null);
  const [lib, setLib] = useState(loadedChartLibrary);

  useEffect(() => {
    if (lib) return;
    let live = true;
    void loadChartLibrary().then((m) => live && setLib(() => m));
    return () => {
      live = false;
    };
  }, [lib]);

  useEffect(() => {
    latest.current = option;
  });

  useEffect(() => {
    const node = el.current;
    if (!node || !lib) return;
    // Read now, draw after the commit's other charts have read theirs (see draw-queue.ts).
    const size = { width: node.clientWidth, height: node.clientHeight };
    let live = true;
    let c: ChartInstance | null = null;
    let frame = 0;
    let observer: ResizeObserver | null = null;
    queueDraw(() => {
      if (!live) return;
      const drawn = lib.initChart(node, renderer, size);
      c = drawn;
      chart.current = drawn;
      drawn.setOption(latest.current, { notMerge: true });
      applied.current = latest.current;
      observer =
        typeof ResizeObserver === 'function'
          ? new ResizeObserver((entries) => {
              // The first observation reports the size the chart was just drawn at: redrawing
              // it at that size again would double the work of opening a page of charts.
              const box = entries[entries.length - 1]?.contentRect;
              if (box && Math.round(box.width) === drawn.getWidth() && Math.round(box.height) === drawn.getHeight()) return;
              // One resize per frame however many observations arrive while a panel is dragged. The size is
              // passed: a chart created at a given size keeps it on a bare resize() (zrender reads the init size).
              cancelAnimationFrame(frame);
              frame = box ? requestAnimationFrame(() => drawn.resize({ width: Math.round(box.width), height: Math.round(box.height) })) : 0;
            })
          : null;
      observer?.observe(node);
    });
    return () => {
      live = false;
      observer?.disconnect();
      cancelAnimationFrame(frame);
      c?.dispose();
      chart.current = null;
      applied.current = null;
    };
  }, [renderer, lib]);

  useEffect(() => {
    const c = chart.current;
    if (!c || applied.current === option) return;
    // lazyUpdate: the layout work waits for the next frame, so the numbers
    // elsewhere on the page update without waiting for the charts.
    c.setOption(option, { notMerge: true, lazyUpdate: true });
    applied.current = option;
  }, [option]);

  return (
    <div
      ref={el}
      className={className ? `chart ${className}` : 'chart'}
      style={{ width: '100%', height }}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
    />
  );
}
