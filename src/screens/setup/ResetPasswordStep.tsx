import { useLocation } from 'react-router';
import { useNow } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { carriedEmail } from '../shared/CantAccessLink';
import { SendCodeChoice } from '../shared/IdentityCheckFields';
import { NEW_PASSWORD_LEAD, NewPasswordField, RECOVER_LEAD } from '../shared/PasswordResetFields';
import { usePasswordReset } from '../shared/usePasswordReset';
import { Alert, Lead, SetupPage, StepHeading, useGoOn } from './SetupPage';
import { EnterCodePage, TEXT_CANT_ARRIVE, TEXT_WAIT_MS } from './EnterCodePage';

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
        <Lead>{RECOVER_LEAD}</Lead>
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
    return (
      <EnterCodePage
        title="password"
        formId="setup-reset-code"
        sent={sent}
        now={now}
        code={reset.code}
        busy={busy}
        onVerify={reset.verify}
        onNoCode={reset.noCode}
      >
        {alert}
      </EnterCodePage>
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
