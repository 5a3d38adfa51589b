import { useEffect } from 'react';
import { useSignIn } from '../../api/auth/signIn';
import { isApiError } from '../../api/errors';
import { skipSignIn } from '../../backup/setup/actions';
import { endSession, startSession } from '../../backup/setup/signInSession';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { SignInFields, useSignInFields } from '../shared/SignInFields';
import { checkRequired } from '../shared/useRequiredField';
import { Alert, Lead, SetupPage, StepHeading, useGoOn } from './SetupPage';

const cloudMessage = (e: unknown) =>
  isApiError(e) ? e.message : 'Something went wrong while signing in. Try again later.';

/**
 * `Keep your life in sync`: signing in is what makes a restore possible. The password is kept in
 * memory until the identity check is done, then used once to derive the phone's data key.
 */
export function SignInStep() {
  const go = useGoOn('sign-in');
  const { email, password } = useSignInFields();
  const signIn = useSignIn();
  // Still busy once the password is accepted: the screen is leaving for the identity check.
  const busy = signIn.isPending || signIn.isSuccess;
  const error = signIn.isError ? cloudMessage(signIn.error) : null;
  // Back at sign-in, an earlier sign-in's password has no use any more: drop it from memory.
  useEffect(() => endSession(), []);

  const submit = () => {
    if (busy) return;
    signIn.reset();
    // Blank or white space only: refused here, beside the field, without asking the cloud.
    if (!checkRequired(email, password)) return;
    const address = email.value.trim();
    const typed = password.value;
    signIn.mutate(
      { email: address, password: typed },
      {
        onSuccess: (challenge) => {
          startSession({ email: address, password: typed, challenge });
          go('passwordAccepted');
        },
      },
    );
  };

  return (
    <SetupPage
      title="sign in"
      buttons={
        <>
          <Button type="submit" form="setup-sign-in" disabled={busy}>
            sign in
          </Button>
          <Button
            disabled={busy}
            onClick={() => {
              skipSignIn();
              go('skip');
            }}
          >
            skip
          </Button>
        </>
      }
    >
      <StepHeading>Keep your life in sync</StepHeading>
      <Lead>
        Sign in with your Microsoft account to restore your backup: your Start screen, theme, apps, texts and
        more. If you skip, your phone starts with default settings.
      </Lead>
      <form
        id="setup-sign-in"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SignInFields email={email} password={password} disabled={busy} />
      </form>
      {busy ? <IndeterminateProgress label="signing in" /> : null}
      {error ? <Alert>{error}</Alert> : null}
    </SetupPage>
  );
}
