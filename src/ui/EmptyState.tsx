import type { ReactNode } from 'react';

/** What a panel shows before it has anything to show: what is missing and what to do about it. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state" role="note">
      <h3>{title}</h3>
      <div>{children}</div>
    </div>
  );
}
