import { type Dispatch, type SetStateAction, useCallback, useRef } from 'react';

/**
 * Worker events arrive at up to ~10 a second (and in bursts); applying each with its own React
 * update would render once per event. `push` queues events and applies them all in one state
 * update on the next animation frame; `flush` applies the queue now (call it before reading the
 * final state of a run); `drop` discards it (after an error).
 */
export function useFrameBatched<S, E>(
  setState: Dispatch<SetStateAction<S>>,
  apply: (state: S, event: E) => S,
) {
  const pending = useRef<E[]>([]);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const events = pending.current;
    pending.current = [];
    if (events.length > 0) setState((s) => events.reduce(apply, s));
  }, [setState, apply]);

  const push = useCallback(
    (e: E) => {
      pending.current.push(e);
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  const drop = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    pending.current = [];
  }, []);

  return { push, flush, drop };
}
