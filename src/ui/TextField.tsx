import { useId, type InputHTMLAttributes, type Ref } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  /** Shown above the box; the box's accessible name. */
  label: string;
  /** A message under the field (e.g. a required field left blank), tied to it for screen readers. */
  error?: string | null;
  /** To move focus to the box, e.g. when its value is refused. */
  ref?: Ref<HTMLInputElement>;
}

/** Metro text box: a white field with dark text, an accent border while focused, the label above it. */
export function TextField({ label, error, ref, 'aria-describedby': describedBy, ...input }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const description = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className="py-[6px]">
      <label htmlFor={id} className="mb-[4px] block text-wp-normal text-subtle">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        spellCheck={false}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={description || undefined}
        className="box-border h-[40px] w-full rounded-none border-2 border-field bg-field px-[8px] font-wp text-wp-medium text-on-field outline-none focus:border-accent disabled:opacity-60"
      />
      {error ? (
        <p id={errorId} className="m-0 mt-[4px] text-wp-normal">
          {error}
        </p>
      ) : null}
    </div>
  );
}
