import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemandPage } from '../../../renderer/app/on-demand-page';
import { pageCode } from '../../../renderer/app/page-code';

type Module = { Page: (props: { label: string }) => React.JSX.Element };

function deferredModule() {
  let resolve!: (m: Module) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<Module>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const mod: Module = { Page: ({ label }) => <p data-testid="page">{label}</p> };

afterEach(cleanup);

describe('pageCode', () => {
  it('fetches the module once and remembers it', async () => {
    const fetchModule = vi.fn(() => Promise.resolve(mod));
    const code = pageCode(fetchModule);
    expect(code.loaded()).toBeNull();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(mod);
    expect(b).toBe(mod);
    expect(code.loaded()).toBe(mod);
    await code.load();
    expect(fetchModule).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed fetch', async () => {
    const fetchModule = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(mod);
    const code = pageCode<Module>(fetchModule);
    await expect(code.load()).rejects.toThrow('offline');
    expect(code.loaded()).toBeNull();
    await expect(code.load()).resolves.toBe(mod);
    expect(fetchModule).toHaveBeenCalledTimes(2);
  });
});

describe('onDemandPage', () => {
  it('draws the page at once when its code is here, without showing the fallback', async () => {
    const code = pageCode(() => Promise.resolve(mod));
    await code.load();
    const Page = onDemandPage(code, (m) => m.Page);
    render(
      <Suspense fallback={<p data-testid="fallback" />}>
        <Page label="report" />
      </Suspense>,
    );
    // the first commit already holds the page: no fallback in between
    expect(screen.getByTestId('page').textContent).toBe('report');
    expect(screen.queryByTestId('fallback')).toBeNull();
  });

  it('suspends until the code arrives when it is not here yet, then keeps the mounted page', async () => {
    const d = deferredModule();
    const code = pageCode(() => d.promise);
    const Page = onDemandPage(code, (m) => m.Page);
    const { rerender } = render(
      <Suspense fallback={<p data-testid="fallback" />}>
        <Page label="first" />
      </Suspense>,
    );
    expect(screen.getByTestId('fallback')).toBeTruthy();
    await act(async () => {
      d.resolve(mod);
      await d.promise;
    });
    const shown = await screen.findByTestId('page');
    expect(shown.textContent).toBe('first');
    rerender(
      <Suspense fallback={<p data-testid="fallback" />}>
        <Page label="second" />
      </Suspense>,
    );
    // same element: the page was not remounted when its code became known
    expect(screen.getByTestId('page')).toBe(shown);
    expect(shown.textContent).toBe('second');
  });
});
