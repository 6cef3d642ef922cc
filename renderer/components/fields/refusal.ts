import { useCallback, useRef, useState } from 'react';

/** What a field's `onCommit` gives back: the messages of a refusal (none: applied), now or once the engine has checked the edit. */
export type Refusal = readonly string[] | void | Promise<readonly string[] | void>;

const isPromise = (r: Refusal): r is Promise<readonly string[] | void> => typeof (r as Promise<unknown> | undefined)?.then === 'function';

/**
 * A field's messages: `show` takes what a commit gave back (only the newest
 * commit's answer is shown, however the answers arrive); `set` replaces them
 * with the field's own (a text that is not a number).
 */
export function useRefusal(): [messages: readonly string[], show: (r: Refusal) => void, set: (messages: readonly string[]) => void] {
  const [messages, setMessages] = useState<readonly string[]>([]);
  const latest = useRef(0);
  const show = useCallback((r: Refusal) => {
    const n = ++latest.current;
    if (!isPromise(r)) return setMessages(r ?? []);
    void r.then((m) => n === latest.current && setMessages(m ?? []));
  }, []);
  const set = useCallback((m: readonly string[]) => {
    latest.current++;
    setMessages(m);
  }, []);
  return [messages, show, set];
}
