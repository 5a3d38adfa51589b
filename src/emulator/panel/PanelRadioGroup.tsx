import { useId } from 'react';

interface PanelRadioGroupProps<V extends string> {
  label: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V;
  onChange: (value: V) => void;
}

/** A labelled radio group in the control panel's (desktop, not phone) style. */
export function PanelRadioGroup<V extends string>({
  label,
  options,
  value,
  onChange,
}: PanelRadioGroupProps<V>) {
  const id = useId();
  return (
    <fieldset role="radiogroup" aria-labelledby={`${id}-legend`} className="m-0 border-0 p-0">
      <legend id={`${id}-legend`} className="panel-subheading">
        {label}
      </legend>
      <div className="flex flex-wrap gap-x-[16px] gap-y-[4px]">
        {options.map((o) => (
          <label key={o.value} className="flex cursor-pointer items-center gap-[6px]">
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
