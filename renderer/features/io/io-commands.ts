/**
 * Requests for the import/export area from elsewhere in the app (the native
 * File menu). The area lives on the library page; a request made before it is
 * mounted (the menu navigates there first) waits until it is, then is handled once.
 */
export type IoRequest = { kind: 'import' } | { kind: 'export'; ids?: string[] };

let pending: IoRequest | null = null;
let handler: ((request: IoRequest) => void) | null = null;

export function requestIo(request: IoRequest): void {
  if (handler) handler(request);
  else pending = request;
}

/** Installs the area's handler (one at a time); a waiting request is handled next. Returns the uninstall function. */
export function handleIoRequests(h: (request: IoRequest) => void): () => void {
  handler = h;
  const waiting = pending;
  pending = null;
  if (waiting) queueMicrotask(() => (handler === h ? h(waiting) : (pending = waiting)));
  return () => {
    if (handler === h) handler = null;
  };
}
