import { useId, type ButtonHTMLAttributes, type InputHTMLAttributes, type Ref } from 'react';

/*
 * The account website's own controls: a desktop web page of the time (OneDrive, 2014), not the
 * phone's Metro ones. The labels are the phone's words, so that people and tests find the same
 * things on both.
 */

const buttonBase =
  'box-border inline-flex h-[32px] min-w-[84px] cursor-pointer items-center justify-center px-[16px] font-sans text-[14px] disabled:cursor-default disabled:opacity-50';

export function WebButton({
  primary = false,
  className = '',
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { primary?: boolean }) {
  const look = primary
    ? 'border border-[#094ab2] bg-[#094ab2] text-white hover:bg-[#0b3c8f]'
    : 'border border-[#8a8886] bg-white text-[#1e1e1e] hover:bg-[#f3f2f1]';
  return <button type={type} className={`${buttonBase} ${look} ${className}`} {...rest} />;
}

interface WebFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  label: string;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text box; a refused value is said under it and tied to it. */
export function WebField({ label, error, ref, ...input }: WebFieldProps) {
  const id = useId();
  return (
    <div className="mb-[12px]">
      <label htmlFor={id} className="mb-[4px] block text-[13px] text-[#323130]">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        spellCheck={false}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="box-border h-[32px] w-full border border-[#8a8886] bg-white px-[8px] font-sans text-[14px] text-[#1e1e1e] outline-none focus:border-[#094ab2] focus:shadow-[inset_0_0_0_1px_#094ab2] disabled:bg-[#f3f2f1]"
      />
      {error ? (
        <p id={`${id}-error`} className="m-0 mt-[4px] text-[13px] text-[#a4262c]">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of radio buttons named by its label. */
export function WebRadioGroup<V extends string>({
  label,
  options,
  value,
  onChange,
  disabled,
}: {
  label: string;
  options: { value: V; label: string }[];
  value: V | undefined;
  onChange: (value: V) => void;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className="mb-[12px]">
      <p id={`${id}-label`} className="m-0 mb-[6px] text-[13px] text-[#323130]">
        {label}
      </p>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-[8px] py-[3px] text-[14px]">
          <input
            type="radio"
            name={id}
            value={o.value}
            checked={o.value === value}
            disabled={disabled}
            onChange={() => onChange(o.value)}
            className="m-0 accent-[#094ab2]"
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** A problem the user must read, announced as it appears. */
export function WebAlert({ children }: { children: string }) {
  return (
    <p role="alert" className="m-0 my-[10px] text-[14px] text-[#a4262c]">
      {children}
    </p>
  );
}
