import { useId, type InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id'
> {
  /** Shown above the box; the box's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A Metro text box: white field, black text, accent border while focused, the label above it. */
export function TextField({ label, value, onChange, className = '', ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <div className={`py-[5px] ${className}`}>
      <label htmlFor={id} className="mb-[4px] block text-wp-normal text-subtle">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        className="box-border h-[40px] w-full rounded-none border-2 border-field bg-field px-[8px] font-wp text-wp-medium text-on-field outline-none focus:border-accent disabled:opacity-60"
        {...rest}
      />
    </div>
  );
}
