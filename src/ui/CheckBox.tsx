import { useId, type ReactNode } from 'react';

interface CheckBoxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Subtle text under the label, also the accessible description. */
  description?: ReactNode;
}

/** Metro check box: a native checkbox (square, accent fill) with its label beside it. */
export function CheckBox({ label, checked, onChange, disabled = false, description }: CheckBoxProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-[12px] py-[8px]">
      <input
        id={id}
        type="checkbox"
        className="wp-checkbox mt-[1px]"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div className="min-w-0">
        <label
          htmlFor={id}
          className={`block text-wp-medium leading-tight ${disabled ? 'text-subtle' : 'cursor-pointer'}`}
        >
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="m-0 mt-[2px] text-wp-normal text-subtle">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
