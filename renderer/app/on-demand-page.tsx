import { lazy, useState, type ComponentType } from 'react';
import type { PageCode } from './page-code';

/**
 * A page whose code comes from `code`: drawn directly when the code is here
 * at mount, through a lazy component (which suspends) otherwise. The choice
 * is made once per mount, so the page never remounts when its code arrives.
 */
export function onDemandPage<M, P extends object>(code: PageCode<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => code.load().then((m) => ({ default: pick(m) })));
  return function OnDemandPage(props: P) {
    const [Page] = useState<ComponentType<P>>(() => {
      const m = code.loaded();
      return m ? pick(m) : Lazy;
    });
    return <Page {...props} />;
  };
}
