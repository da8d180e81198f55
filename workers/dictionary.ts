/**
 * Points kuromoji at the app's own copy of the IPADIC files (copied out of node_modules into
 * public/dict/ipadic/ by scripts/copy-dictionary.ts), so no request leaves the site. Shared by
 * the trainer and classifier workers.
 */
import { dictionaryAt, setKuromojiDictionary } from '../src/core/text/kuromoji';

/** BASE_URL is the app's root path ('/' unless configured), resolved against this worker's origin. */
export function setAppDictionary(): void {
  setKuromojiDictionary(
    dictionaryAt(new URL(`${import.meta.env.BASE_URL}dict/ipadic/`, self.location.href).href),
  );
}
