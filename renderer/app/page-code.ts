/**
 * The code of the pages loaded on first visit, fetched once and remembered:
 * the entry fetches a report's or a comparison's page ahead when the app is
 * opened on one, and the app then draws that page from the remembered module
 * instead of through a suspended lazy component (React shows what a boundary
 * suspended on no sooner than 300 ms after its fallback). No React here: the
 * entry imports this module and must stay small.
 */
export type PageCode<M> = {
  /** the module, fetched on the first call; a failed fetch is tried again on the next */
  load(): Promise<M>;
  /** the module once fetched, else null */
  loaded(): M | null;
};

export function pageCode<M>(fetchModule: () => Promise<M>): PageCode<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    load: () =>
      (pending ??= fetchModule().then(
        (m) => (module = m),
        (err: unknown) => {
          pending = null;
          throw err;
        },
      )),
    loaded: () => module,
  };
}

export const reportPageCode = pageCode(() => import('../features/report/ReportPage'));
export const comparePageCode = pageCode(() => import('../features/compare/ComparePage'));
