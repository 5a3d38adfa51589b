import { useLocation } from 'react-router';
import { useNow } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { carriedEmail } from '../shared/CantAccessLink';
import { CodeField, SendCodeChoice } from '../shared/IdentityCheckFields';
import { NEW_PASSWORD_LEAD, NewPasswordField } from '../shared/PasswordResetFields';
import { usePasswordReset } from '../shared/usePasswordReset';
import { Alert, Lead, SetupPage, StepHeading, useGoOn } from './SetupPage';
import { sentTo, TEXT_CANT_ARRIVE, TEXT_WAIT_MS } from './VerifyStep';

/**
 * `Can't access your account?` in setup (SPEC section 4b): the account's address, a code to one
 * of its other contacts (a text to this phone never arrives, as in the identity check), then
 * `Create a new password`. The new password signs the phone in: setup goes on to the backups.
 */
export function ResetPasswordStep() {
  const go = useGoOn('reset-password');
  const location = useLocation();
  const reset = usePasswordReset({
    initialEmail: carriedEmail(location.state),
    onSignedIn: () => go('reset'),
    dropMissedText: true,
  });
  const now = useNow(1000);
  const { stage, sent, busy, error } = reset;
  // The text is late: it cannot reach a phone being set up; offer the other ways.
  if (sent?.method === 'text' && now - sent.at >= TEXT_WAIT_MS) reset.noCode();

  const cancel = (
    <Button onClick={() => go('cancel')} disabled={busy}>
      cancel
    </Button>
  );
  const alert = error ? <Alert>{error}</Alert> : null;

  if (stage === 'account') {
    return (
      <SetupPage
        title="password"
        buttons={
          <>
            <Button type="submit" form="setup-reset-account" disabled={busy}>
              next
            </Button>
            {cancel}
          </>
        }
      >
        <StepHeading>Recover your account</StepHeading>
        <Lead>
          Enter the email address of your Microsoft account. We'll send a code to one of its other contacts,
          then you can create a new password.
        </Lead>
        <form
          id="setup-reset-account"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            reset.start();
          }}
        >
          <TextField
            label="Email address"
            type="email"
            autoComplete="username"
            disabled={busy}
            {...reset.email.props}
          />
        </form>
        {alert}
      </SetupPage>
    );
  }

  if (stage === 'contact') {
    return (
      <SetupPage
        title="password"
        buttons={
          <>
            <Button onClick={reset.send} disabled={busy || !reset.chosen}>
              send code
            </Button>
            {cancel}
          </>
        }
      >
        <StepHeading>Verify your identity</StepHeading>
        {reset.textMissed ? <Alert>{TEXT_CANT_ARRIVE}</Alert> : null}
        <Lead>How should we send you a security code for {reset.email.value.trim()}?</Lead>
        <SendCodeChoice
          methods={reset.methods}
          chosen={reset.chosen}
          onChange={reset.choose}
          disabled={busy}
        />
        {alert}
      </SetupPage>
    );
  }

  if (stage === 'code' && sent) {
    const left = Math.max(0, Math.ceil((sent.at + TEXT_WAIT_MS - now) / 1000));
    return (
      <SetupPage
        title="password"
        buttons={
          <>
            <Button type="submit" form="setup-reset-code" disabled={busy}>
              next
            </Button>
            <Button onClick={reset.noCode} disabled={busy}>
              I didn't get a code
            </Button>
          </>
        }
      >
        <StepHeading>Enter the code</StepHeading>
        <Lead>{sentTo[sent.method](sent.to)}</Lead>
        {sent.method === 'text' ? (
          <p className="m-0 mb-[6px] text-wp-normal text-subtle" aria-live="polite">
            Waiting for the text… {left} s
          </p>
        ) : null}
        <form
          id="setup-reset-code"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            reset.verify();
          }}
        >
          <CodeField code={reset.code} disabled={busy} />
        </form>
        {alert}
      </SetupPage>
    );
  }

  return (
    <SetupPage
      title="password"
      buttons={
        <Button type="submit" form="setup-new-password" disabled={busy}>
          next
        </Button>
      }
    >
      <StepHeading>Create a new password</StepHeading>
      <Lead>{NEW_PASSWORD_LEAD}</Lead>
      <form
        id="setup-new-password"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          reset.complete();
        }}
      >
        <NewPasswordField field={reset.newPassword} disabled={busy} />
      </form>
      {alert}
    </SetupPage>
  );
}
