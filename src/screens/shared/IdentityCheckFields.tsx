import type { ContactMethod } from '../../api/schemas';
import { RadioList } from '../../ui/RadioList';
import { TextField } from '../../ui/TextField';
import type { ContactOption } from './useIdentityCheck';
import type { RequiredField } from './useRequiredField';

/*
 * The identity check's markup that setup (VerifyStep) and email+accounts (IdentityCheck) share;
 * its logic is useIdentityCheck. Each screen lays these out in its own frame.
 */

const verbs: Record<ContactMethod, string> = { text: 'Text', call: 'Call', email: 'Email' };

/** `Send the code by`: one radio per contact on the account, its address masked. */
export function SendCodeChoice({
  methods,
  chosen,
  onChange,
  disabled,
}: {
  methods: readonly ContactOption[];
  chosen: ContactOption | undefined;
  onChange: (method: ContactMethod) => void;
  disabled: boolean;
}) {
  if (!chosen) {
    return (
      <p className="m-0 py-[7px] text-wp-normal">There's no contact on this account that a code can go to.</p>
    );
  }
  return (
    <RadioList
      label="Send the code by"
      options={methods.map((m) => ({ value: m.method, label: `${verbs[m.method]} ${m.masked}` }))}
      value={chosen.method}
      onChange={onChange}
      disabled={disabled}
    />
  );
}

/** The `Code` box; a blank code is refused under it (see useIdentityCheck). */
export function CodeField({
  code,
  disabled,
  autoFocus,
}: {
  code: RequiredField;
  disabled: boolean;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      label="Code"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoFocus={autoFocus}
      disabled={disabled}
      {...code.props}
    />
  );
}
