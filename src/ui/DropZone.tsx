import { type DragEvent, type ReactNode, useState } from 'react';

/**
 * A region that accepts dropped files and shows when something is dragged over it. What a drop
 * means (a file, a folder) is the caller's: `onDrop` gets the raw event.
 */
export function DropZone({
  label,
  testId,
  onDrop,
  children,
}: {
  label: string;
  testId: string;
  onDrop: (ev: DragEvent) => void;
  children: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <section
      className={dragging ? 'dropzone dragging' : 'dropzone'}
      aria-label={label}
      data-testid={testId}
      onDragOver={(ev) => {
        ev.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(ev) => {
        ev.preventDefault();
        setDragging(false);
        onDrop(ev);
      }}
    >
      {children}
    </section>
  );
}
