/**
 * Errors crossing the worker boundary. Comlink's default handler rebuilds a thrown Error on the
 * other side from its message, name and stack only; this handler also carries UserError's `code`
 * and `params`, so the page can tell a mistake the user can fix from a bug and show its sentence
 * in the interface language. Installed by every worker and by
 * the page (importing this module installs it).
 */
import * as Comlink from 'comlink';
import { type MessageParams, UserError } from '../core/errors';

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  params?: MessageParams;
}

type Wire = { isError: boolean; value: unknown };

// comlink does not export its "thrown" marker symbol, so its own handler decides what is a throw.
const builtin = Comlink.transferHandlers.get('throw') as Comlink.TransferHandler<unknown, Wire>;

const throwHandler: Comlink.TransferHandler<unknown, Wire> = {
  canHandle: builtin.canHandle,
  serialize(wrapped: unknown) {
    const { value } = wrapped as { value: unknown };
    if (value instanceof Error) {
      const s: SerializedError = { name: value.name, message: value.message, stack: value.stack };
      if (value instanceof UserError) {
        s.code = value.code;
        s.params = value.params;
      }
      return [{ isError: true, value: s }, []];
    }
    return [{ isError: false, value }, []];
  },
  deserialize(data) {
    if (!data.isError) throw data.value;
    const s = data.value as SerializedError;
    if (s.name === 'UserError' && s.code) throw new UserError(s.code, s.message, s.params);
    const e = new Error(s.message);
    e.name = s.name;
    if (s.stack) e.stack = s.stack;
    throw e;
  },
};

Comlink.transferHandlers.set('throw', throwHandler as Comlink.TransferHandler<unknown, unknown>);

/**
 * The English sentence for any error: the user's own sentence, or an honest "this is a bug".
 * The page shows errors through `useI18n().show` (src/ui/i18n), which words them in the interface
 * language from the same code and parameters.
 */
export function messageOf(e: unknown): string {
  if (e instanceof UserError) return e.message;
  if (e instanceof Error && e.name === 'AbortError') return 'Cancelled.';
  const detail = e instanceof Error ? e.message : String(e);
  return `Something went wrong inside the app (this is a bug, not your input): ${detail}`;
}
