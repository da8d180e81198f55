import type { ReactNode } from 'react';

/** A labelled number input with one sentence of help, as every setting in the panels has. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  min,
  max,
  step,
  help,
  control,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (v: number) => void;
  min?: number;
  max?: number;
  step?: number;
  help?: ReactNode;
  /** Control id for links and `hide` (the URL parameter's name). */
  control?: string;
}) {
  return (
    <div className="field" data-control={control}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        value={Number.isFinite(value) ? value : ''}
        min={min}
        max={max}
        step={step}
        onChange={(e) => onChange(e.target.valueAsNumber)}
        aria-describedby={help ? `${id}-help` : undefined}
      />
      {help && <small id={`${id}-help`}>{help}</small>}
    </div>
  );
}

/** A labelled checkbox with help. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
  help,
  control,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  help?: ReactNode;
  control?: string;
}) {
  return (
    <div className="field" data-control={control}>
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
        {label}
      </label>
      {help && <small>{help}</small>}
    </div>
  );
}
