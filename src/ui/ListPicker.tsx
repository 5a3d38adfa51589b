import { useId } from 'react';

interface ListPickerOption<V extends string> {
  value: V;
  label: string;
}

interface ListPickerProps<V extends string> {
  /** The picker's accessible name, shown above it. */
  label: string;
  options: ReadonlyArray<ListPickerOption<V>>;
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** Metro list picker: a bordered box showing the choice (a native <select> underneath). */
export function ListPicker<V extends string>({
  label,
  options,
  value,
  onChange,
  disabled = false,
}: ListPickerProps<V>) {
  const id = useId();
  return (
    <div className="py-[7px]">
      <label htmlFor={id} className="mb-[4px] block text-wp-normal text-subtle">
        {label}
      </label>
      <div className="relative">
        <select
          id={id}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value as V)}
          className="box-border h-[40px] w-full cursor-pointer appearance-none rounded-none border-2 border-chrome bg-bg px-[8px] pr-[32px] font-wp text-wp-medium text-fg disabled:cursor-default disabled:border-disabled disabled:text-disabled"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} className="bg-bg text-fg">
              {o.label}
            </option>
          ))}
        </select>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="16"
          height="16"
          className="pointer-events-none absolute top-[12px] right-[10px] text-fg"
        >
          <path d="M5 9l7 7 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </div>
    </div>
  );
}
