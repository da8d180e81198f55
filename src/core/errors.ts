/**
 * An error the user caused (a bad file, an impossible setting) and can fix. `message` is one
 * sentence for a person, shown on the page as it is; `code` is stable for tests and translations.
 * Anything that is not a UserError is a bug and is shown as such.
 */
export class UserError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

/** Plain-object form that survives structured cloning across a worker boundary. */
export interface UserErrorData {
  userError: true;
  code: string;
  message: string;
}

export function isUserError(e: unknown): e is UserError {
  return (
    e instanceof UserError ||
    (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError')
  );
}
