import { useId, useState } from 'react';
import { setPhoneName } from '../../device/operations';
import { Button } from '../../ui/Button';

/** The `edit name` flow: a text box with save and cancel; the name is always shown as text. */
export function PhoneNameEditor({ name }: { name: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  if (draft === null) {
    return (
      <div className="py-[7px]">
        <p className="m-0 text-wp-normal text-subtle">Phone name</p>
        <p className="m-0 mb-[9px] text-wp-large leading-tight font-light break-words">{name}</p>
        <Button onClick={() => setDraft(name)}>edit name</Button>
      </div>
    );
  }

  return (
    <form
      className="py-[7px]"
      onSubmit={(e) => {
        e.preventDefault();
        const result = setPhoneName(draft);
        if (result.ok) cancel();
        else setError(result.error);
      }}
    >
      <label htmlFor={id} className="mb-[4px] block text-wp-normal text-subtle">
        Phone name
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          cancel();
        }}
        className="box-border h-[40px] w-full rounded-none border-2 border-field bg-field px-[8px] font-wp text-wp-medium text-on-field outline-none focus:border-accent"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="m-0 mt-[6px] text-wp-normal text-fg">
          {error}
        </p>
      ) : null}
      <div className="mt-[12px] flex gap-[12px]">
        <Button type="submit">save</Button>
        <Button onClick={cancel}>cancel</Button>
      </div>
    </form>
  );
}
