import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../../../../renderer/components/Chart';

// happy-dom has no canvas: the wrapper is tested against a stand-in ECharts instance.
const instances: { el: HTMLElement; renderer: string; setOption: ReturnType<typeof vi.fn>; resize: ReturnType<typeof vi.fn>; dispose: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn((el: HTMLElement, renderer: string) => {
    const c = { el, renderer, setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    instances.push(c);
    return c;
  }),
}));

const { Chart } = await import('../../../../renderer/components/Chart');
const { chartsDrawn } = await import('../../../../renderer/components/chart/draw-queue');
/** Charts draw after the commit's effects (draw-queue.ts). */
const drawn = () => act(() => chartsDrawn());

afterEach(cleanup);
beforeEach(() => {
  instances.length = 0;
});

const optionA: ChartOption = { xAxis: { type: 'category', data: ['2020'] }, yAxis: { type: 'value' }, series: [{ type: 'line', data: [1] }] };
const optionB: ChartOption = { ...optionA, series: [{ type: 'bar', data: [2] }] };

describe('Chart', () => {
  it('loads ECharts on first use, then creates one instance on its own element and gives it the option', async () => {
    const { getByTestId } = render(<Chart option={optionA} height={240} testId="c" ariaLabel="CO2" />);
    // the library is a lazy chunk: the first chart draws once it has loaded
    await waitFor(() => expect(instances).toHaveLength(1));
    const c = instances[0]!;
    expect(c.el).toBe(getByTestId('c'));
    expect(c.renderer).toBe('canvas');
    expect(c.setOption).toHaveBeenCalledTimes(1);
    expect(c.setOption).toHaveBeenCalledWith(optionA, { notMerge: true });
    expect(getByTestId('c')).toHaveStyle({ height: '240px' });
    expect(getByTestId('c')).toHaveAttribute('aria-label', 'CO2');
    // once loaded, later charts are created on mount, right after the commit's effects, at the size they read
    render(<Chart option={optionB} />);
    expect(instances).toHaveLength(1);
    await drawn();
    expect(instances).toHaveLength(2);
  });

  it('charts of one commit all read their size before any of them draws (one layout, not one per chart)', async () => {
    const { initChart } = await import('../../../../renderer/components/chart/echarts');
    const reads: string[] = [];
    const original = vi.mocked(initChart).getMockImplementation()!;
    const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth')!;
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains('chart')) reads.push(`read ${this.dataset.testid}`);
        return 640;
      },
    });
    vi.mocked(initChart).mockImplementation(((el: HTMLElement, renderer: string, size?: { width: number }) => {
      reads.push(`draw ${el.dataset.testid} at ${size?.width}`);
      const c = { el, renderer, setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 640, getHeight: () => 0 };
      instances.push(c);
      return c;
    }) as unknown as typeof initChart);
    try {
      render(
        <>
          <Chart option={optionA} testId="a" />
          <Chart option={optionB} testId="b" />
        </>,
      );
      await drawn();
      expect(reads).toEqual(['read a', 'read b', 'draw a at 640', 'draw b at 640']);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'clientWidth', width);
      vi.mocked(initChart).mockImplementation(original);
    }
  });

  it('replaces the option whole when it changes, and not when it does not', async () => {
    const { rerender } = render(<Chart option={optionA} />);
    await drawn();
    const c = instances[0]!;
    rerender(<Chart option={optionA} />);
    expect(c.setOption).toHaveBeenCalledTimes(1);
    rerender(<Chart option={optionB} />);
    expect(c.setOption).toHaveBeenCalledTimes(2);
    expect(c.setOption).toHaveBeenLastCalledWith(optionB, { notMerge: true, lazyUpdate: true });
    expect(instances).toHaveLength(1);
  });

  it('disposes the instance on unmount, and never draws one unmounted before its turn', async () => {
    const { unmount } = render(<Chart option={optionA} />);
    await drawn();
    unmount();
    expect(instances[0]!.dispose).toHaveBeenCalledTimes(1);
    const early = render(<Chart option={optionB} />);
    early.unmount();
    await drawn();
    expect(instances).toHaveLength(1);
  });

  it('starts a new instance with the current option when the renderer changes (SVG for print)', async () => {
    const { rerender } = render(<Chart option={optionA} />);
    await drawn();
    rerender(<Chart option={optionB} renderer="svg" />);
    await drawn();
    expect(instances).toHaveLength(2);
    expect(instances[0]!.dispose).toHaveBeenCalled();
    expect(instances[1]!.renderer).toBe('svg');
    expect(instances[1]!.setOption).toHaveBeenCalledWith(optionB, { notMerge: true });
    expect(instances[1]!.setOption).toHaveBeenCalledTimes(1);
  });

  it('resizes with its container', async () => {
    const observers: ResizeObserverCallback[] = [];
    const Original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(cb: ResizeObserverCallback) {
        observers.push(cb);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      render(<Chart option={optionA} />);
      await drawn();
      const observe = (width: number, height: number) =>
        observers[0]!([{ contentRect: { width, height } } as ResizeObserverEntry], {} as ResizeObserver);
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      // the stub chart was drawn at 0 × 0: an observation of that size (the first one, after drawing) redraws nothing
      observe(0, 0);
      await frame();
      expect(instances[0]!.resize).not.toHaveBeenCalled();
      observe(640.4, 280);
      await frame();
      expect(instances[0]!.resize).toHaveBeenCalledTimes(1);
      // at the size observed: a chart created at a size would keep that size on a bare resize()
      expect(instances[0]!.resize).toHaveBeenCalledWith({ width: 640, height: 280 });
    } finally {
      globalThis.ResizeObserver = Original;
    }
  });
});
