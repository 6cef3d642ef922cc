import { useCallback, useRef, useState } from 'react';

/** What a field's `onCommit` gives back: the messages of a refusal (none: applied), now or once the engine has checked the edit. */
export type Refusal = readonly string[] | void | Promise<readonly string[] | void>;

const isPromise = (r: Refusal): r is Promise<readonly string[] | void> => typeof (r as Promise<unknown> | undefined)?.then === 'function';

export type RefusalState = {
  messages: readonly string[];
  /** the newest commit's answer has not arrived: a field keeps its text until it knows whether it was refused */
  pending: boolean;
  /** takes what a commit gave back; only the newest commit's answer is shown, however the answers arrive */
  show: (r: Refusal) => void;
  /** replaces the messages with the field's own (a text that is not a number) */
  set: (messages: readonly string[]) => void;
};

/** A field's refusal messages, for commits answered now or later. */
export function useRefusal(): RefusalState {
  const [state, setState] = useState<{ messages: readonly string[]; pending: boolean }>({ messages: [], pending: false });
  const latest = useRef(0);
  const show = useCallback((r: Refusal) => {
    const n = ++latest.current;
    if (!isPromise(r)) return setState({ messages: r ?? [], pending: false });
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    void r.then((m) => n === latest.current && setState({ messages: m ?? [], pending: false }));
  }, []);
  const set = useCallback((messages: readonly string[]) => {
    latest.current++;
    setState({ messages, pending: false });
  }, []);
  return { ...state, show, set };
}
