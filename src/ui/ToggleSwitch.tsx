import { useId, type ReactNode } from 'react';

interface ToggleSwitchProps {
  /** The switch's accessible name, shown above it (e.g. "Settings backup"). */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Subtle text under the switch, also its accessible description. */
  description?: ReactNode;
}

/**
 * Windows Phone 8.1 toggle switch: the label above, then the track and `On`/`Off` beside it.
 * The On/Off text is visual only; the switch state is aria-checked.
 */
export function ToggleSwitch({ label, checked, onChange, disabled = false, description }: ToggleSwitchProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const buttonId = `${id}-switch`;
  const descriptionId = `${id}-description`;
  return (
    <div className="py-[7px]">
      <label
        id={labelId}
        htmlFor={buttonId}
        className={`block text-wp-normal ${disabled ? 'text-subtle' : 'text-fg'} ${disabled ? '' : 'cursor-pointer'}`}
      >
        {label}
      </label>
      <button
        id={buttonId}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        className="group mt-[5px] flex cursor-pointer items-center gap-[14px] border-0 bg-transparent p-0 text-left text-fg disabled:cursor-default disabled:text-disabled"
      >
        <span
          aria-hidden="true"
          className="relative box-border block h-[25px] w-[67px] flex-none border-2 border-current p-[3px]"
        >
          <span
            className={`block h-full transition-[width] duration-150 ${checked ? 'w-full bg-accent group-disabled:bg-disabled' : 'w-0'}`}
          />
          <span
            className={`absolute top-[-2px] bottom-[-2px] w-[14px] bg-current transition-[left] duration-150 ${checked ? 'left-[calc(100%-12px)]' : 'left-[-2px]'}`}
          />
        </span>
        <span aria-hidden="true" className="text-wp-medium-large leading-none">
          {checked ? 'On' : 'Off'}
        </span>
      </button>
      {description ? (
        <p id={descriptionId} className="m-0 mt-[6px] text-wp-normal text-subtle">
          {description}
        </p>
      ) : null}
    </div>
  );
}
