/**
 * Values a sentence is built from: counts, names, words, already formatted where it matters, or
 * a whole other sentence (a Phrase, worded in the interface language too).
 */
export type MessageParams = { [name: string]: string | number | Phrase };

/**
 * An error the user caused (a bad file, an impossible setting) and can fix. `message` is one
 * English sentence for a person; `code` names that sentence (one code per distinct sentence) and
 * `params` holds the values it was built from, so the page can show the same sentence in the
 * interface language from its catalogue (`error.<code>`), falling back to `message`.
 * Anything that is not a UserError is a bug and is shown as such.
 */
export class UserError extends Error {
  readonly code: string;
  readonly params: MessageParams;

  constructor(code: string, message: string, params: MessageParams = {}) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.params = params;
  }
}

/**
 * A sentence that is not an error, made where the interface language is unknown (src/core,
 * workers): a notice, a note about the data, a progress phase. The page shows `text` or, when
 * its catalogue has `note.<code>`, that template filled with `params`.
 */
export interface Phrase {
  code: string;
  text: string;
  params?: MessageParams;
}

export function phrase(code: string, text: string, params?: MessageParams): Phrase {
  return params === undefined ? { code, text } : { code, text, params };
}

/** Plain-object form that survives structured cloning across a worker boundary. */
export interface UserErrorData {
  userError: true;
  code: string;
  message: string;
  params?: MessageParams;
}

export function isUserError(e: unknown): e is UserError {
  return (
    e instanceof UserError ||
    (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError')
  );
}
