import { useId, type InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  label: string;
  /** An error under the field, tied to it for screen readers. */
  error?: string | null;
}

/** Metro text box: a white field with dark text and the label above it, as on the phone. */
export function TextField({ label, error, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className="py-[6px]">
      <label htmlFor={id} className="mb-[4px] block text-wp-normal text-subtle">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        spellCheck={false}
        {...input}
        className="box-border h-[40px] w-full rounded-none border-2 border-field bg-field px-[8px] font-wp text-wp-medium text-on-field outline-none focus:border-accent disabled:opacity-60"
      />
      {error ? (
        <p id={`${id}-error`} className="m-0 mt-[4px] text-wp-normal">
          {error}
        </p>
      ) : null}
    </div>
  );
}
