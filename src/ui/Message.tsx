import { useI18n } from './i18n/I18n';
import type { Shown } from './i18n/shown';

/**
 * A sentence for the user: errors are announced to screen readers, notes are not. `text` is a
 * kept sentence (worded now, in the interface language) or a string already in it.
 */
export function Message({ kind, text }: { kind: 'error' | 'info'; text: Shown | string | null }) {
  const { show } = useI18n();
  if (text === null) return null;
  return (
    <p className={`message message-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {typeof text === 'string' ? text : show(text)}
    </p>
  );
}
