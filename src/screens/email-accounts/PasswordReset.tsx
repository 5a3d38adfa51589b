import type { FormEvent } from 'react';
import { useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { TextField } from '../../ui/TextField';
import { carriedEmail } from '../shared/CantAccessLink';
import { CodeField, SendCodeChoice } from '../shared/IdentityCheckFields';
import { NEW_PASSWORD_LEAD, NewPasswordField, RECOVER_LEAD } from '../shared/PasswordResetFields';
import { usePasswordReset } from '../shared/usePasswordReset';

const Heading = ({ children }: { children: string }) => (
  <h2 className="m-0 mb-[6px] text-wp-large leading-tight font-light">{children}</h2>
);
const Note = ({ children }: { children: string }) => (
  <p className="m-0 mb-[6px] text-wp-normal leading-snug text-subtle">{children}</p>
);

/**
 * `Can't access your account?` in email+accounts (SPEC section 4b), one stage at a time: the
 * address, a code to one of the account's contacts, then `Create a new password`, after which the
 * phone is signed in with it.
 */
export function PasswordReset({ onSignedIn, onCancel }: { onSignedIn: () => void; onCancel: () => void }) {
  const location = useLocation();
  const reset = usePasswordReset({
    initialEmail: carriedEmail(location.state),
    onSignedIn,
    dropMissedText: false,
  });
  const { stage, sent, busy } = reset;
  const cancel = (
    <Button onClick={onCancel} disabled={busy}>
      cancel
    </Button>
  );
  const submitWith = (action: () => void) => (e: FormEvent) => {
    e.preventDefault();
    action();
  };

  return (
    <div>
      {stage === 'account' ? (
        <form onSubmit={submitWith(reset.start)} noValidate>
          <Heading>Recover your account</Heading>
          <Note>{RECOVER_LEAD}</Note>
          <TextField
            label="Email address"
            type="email"
            autoComplete="username"
            disabled={busy}
            {...reset.email.props}
          />
          <div className="mt-[12px] flex gap-[12px]">
            <Button type="submit" disabled={busy}>
              next
            </Button>
            {cancel}
          </div>
        </form>
      ) : stage === 'contact' ? (
        <>
          <Heading>Verify your identity</Heading>
          <Note>{`How should we send you a security code for ${reset.email.value.trim()}?`}</Note>
          <SendCodeChoice
            methods={reset.methods}
            chosen={reset.chosen}
            onChange={reset.choose}
            disabled={busy}
          />
          <div className="mt-[6px] flex gap-[12px]">
            <Button onClick={reset.send} disabled={busy || !reset.chosen}>
              send code
            </Button>
            {cancel}
          </div>
        </>
      ) : stage === 'code' && sent ? (
        <form onSubmit={submitWith(reset.verify)} noValidate>
          <Heading>Enter the code</Heading>
          <p role="status" className="m-0 text-wp-normal leading-snug">
            We sent a code to {sent.to}. It works for 10 minutes.
          </p>
          <CodeField code={reset.code} disabled={busy} autoFocus />
          <div className="mt-[6px] flex flex-wrap gap-[12px]">
            <Button type="submit" disabled={busy}>
              next
            </Button>
            <Button onClick={reset.noCode} disabled={busy}>
              I didn't get a code
            </Button>
          </div>
        </form>
      ) : (
        <form onSubmit={submitWith(reset.complete)} noValidate>
          <Heading>Create a new password</Heading>
          <Note>{NEW_PASSWORD_LEAD}</Note>
          <NewPasswordField field={reset.newPassword} disabled={busy} />
          <div className="mt-[12px]">
            <Button type="submit" disabled={busy}>
              next
            </Button>
          </div>
        </form>
      )}
      {reset.error ? (
        <p role="alert" className="m-0 my-[9px] text-wp-normal leading-snug">
          {reset.error}
        </p>
      ) : null}
      {busy ? (
        <div className="py-[9px]">
          <IndeterminateProgress label="working" />
        </div>
      ) : null}
    </div>
  );
}
