/** A sentence for the user: errors are announced to screen readers, notes are not. */
export function Message({ kind, text }: { kind: 'error' | 'info'; text: string | null }) {
  if (text === null) return null;
  return (
    <p className={`message message-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
