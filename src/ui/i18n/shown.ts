/**
 * What a panel keeps in its state to show later, rather than a finished string: put into words
 * when drawn, so it follows the interface language when the user switches.
 */
import { type Phrase, UserError } from '../../core/errors';
import { type MessageKey, type Params, translate, translateCoded, type UiLanguage } from './messages';

export type Shown =
  /** A sentence of the page's own catalogue; `inner` fills placeholders with other kept sentences. */
  | { key: MessageKey; params?: Params; inner?: Record<string, Shown> }
  /** Anything thrown: a UserError's sentence, "cancelled", or an honest "this is a bug". */
  | { error: unknown }
  /** A sentence a worker made (a notice, a note about the data, a progress phase). */
  | { phrase: Phrase };

export function said(key: MessageKey, params?: Params, inner?: Record<string, Shown>): Shown {
  return { key, ...(params && { params }), ...(inner && { inner }) };
}

export function failure(error: unknown): Shown {
  return { error };
}

export function worded(phrase: Phrase): Shown {
  return { phrase };
}

function errorText(lang: UiLanguage, e: unknown): string {
  if (e instanceof UserError) return translateCoded(lang, 'error', e.code, e.params, e.message);
  if (e instanceof Error && e.name === 'AbortError') return translate(lang, 'error.cancelled');
  return translate(lang, 'error.bug', { detail: e instanceof Error ? e.message : String(e) });
}

export function phraseText(lang: UiLanguage, p: Phrase): string {
  return translateCoded(lang, 'note', p.code, p.params, p.text);
}

export function showIn(lang: UiLanguage, s: Shown): string {
  if ('key' in s) {
    const params: Params = { ...s.params };
    for (const [name, inner] of Object.entries(s.inner ?? {})) params[name] = showIn(lang, inner);
    return translate(lang, s.key, params);
  }
  if ('phrase' in s) return phraseText(lang, s.phrase);
  return errorText(lang, s.error);
}
