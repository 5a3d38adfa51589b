import { useId, type ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  /** A colour swatch shown with the option (accent picker). */
  swatch?: string;
  description?: ReactNode;
}

interface RadioListProps<V extends string> {
  /** The group's accessible name, shown above it. */
  label: string;
  options: ReadonlyArray<RadioOption<V>>;
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
  /** `grid` shows swatch squares four to a row, like the phone's accent picker. */
  layout?: 'list' | 'grid';
}

/** A radiogroup of native radio buttons, named by its label; arrow keys move the choice. */
export function RadioList<V extends string>({
  label,
  options,
  value,
  onChange,
  disabled = false,
  layout = 'list',
}: RadioListProps<V>) {
  const id = useId();
  const grid = layout === 'grid';
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className="py-[7px]">
      <p id={`${id}-label`} className="m-0 mb-[6px] text-wp-normal text-subtle">
        {label}
      </p>
      <div className={grid ? 'grid grid-cols-4 gap-[9px]' : 'flex flex-col'}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = option.value === value;
          const input = (
            <input
              id={optionId}
              type="radio"
              name={id}
              value={option.value}
              checked={checked}
              disabled={disabled}
              aria-describedby={option.description ? `${optionId}-description` : undefined}
              onChange={() => onChange(option.value)}
              className={
                grid
                  ? 'absolute inset-0 z-10 m-0 h-full w-full cursor-pointer appearance-none opacity-0'
                  : 'wp-radio'
              }
            />
          );
          if (grid) {
            return (
              <label
                key={option.value}
                htmlFor={optionId}
                className="relative flex cursor-pointer flex-col gap-[4px] text-wp-small has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-fg"
              >
                {input}
                <span
                  aria-hidden="true"
                  className={`block aspect-square w-full border-[3px] ${checked ? 'border-fg' : 'border-transparent'}`}
                  style={{ background: option.swatch }}
                />
                <span className={checked ? 'font-semibold' : ''}>{option.label}</span>
              </label>
            );
          }
          return (
            <div key={option.value} className="flex items-center gap-[12px] py-[7px]">
              {input}
              {option.swatch ? (
                <span
                  aria-hidden="true"
                  className="block h-[24px] w-[24px] flex-none"
                  style={{ background: option.swatch }}
                />
              ) : null}
              <div>
                <label
                  htmlFor={optionId}
                  className={`block text-wp-medium-large leading-tight ${disabled ? 'text-subtle' : 'cursor-pointer'}`}
                >
                  {option.label}
                </label>
                {option.description ? (
                  <p id={`${optionId}-description`} className="m-0 text-wp-normal text-subtle">
                    {option.description}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
