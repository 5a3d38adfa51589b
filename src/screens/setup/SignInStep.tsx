import { useEffect } from 'react';
import { useSignIn } from '../../api/auth/signIn';
import { isApiError } from '../../api/errors';
import { skipSignIn } from '../../backup/setup/actions';
import { nextStep, rememberStep } from '../../backup/setup/flow';
import { endSession, startSession } from '../../backup/setup/signInSession';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { CantAccessLink } from '../shared/CantAccessLink';
import { SignInFields, useSignInFields } from '../shared/SignInFields';
import { isSignInTrouble, SIGN_IN_TROUBLE } from '../shared/signInTrouble';
import { checkRequired } from '../shared/useRequiredField';
import { Alert, Lead, SetupPage, StepHeading, useGoOn } from './SetupPage';

const cloudMessage = (e: unknown) =>
  isApiError(e) ? e.message : 'Something went wrong while signing in. Try again later.';

/**
 * `Keep your life in sync`: signing in is what makes a restore possible. The password is kept in
 * memory until the identity check is done, then used once to derive the phone's data key. When
 * the cloud cannot be reached or errs (not a wrong password), the step says so and offers
 * `try again` and `sign in later`, which goes on as `skip` does (SPEC section 4b).
 */
export function SignInStep() {
  const go = useGoOn('sign-in');
  const { email, password } = useSignInFields();
  const signIn = useSignIn();
  // Still busy once the password is accepted: the screen is leaving for the identity check.
  const busy = signIn.isPending || signIn.isSuccess;
  const trouble = signIn.isError && isSignInTrouble(signIn.error);
  const error = signIn.isError && !trouble ? cloudMessage(signIn.error) : null;
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
  const later = (event: 'skip' | 'signInLater') => {
    skipSignIn();
    go(event);
  };

  return (
    <SetupPage
      title="sign in"
      buttons={
        trouble ? (
          <>
            <Button onClick={submit}>try again</Button>
            <Button onClick={() => later('signInLater')}>sign in later</Button>
          </>
        ) : (
          <>
            <Button type="submit" form="setup-sign-in" disabled={busy}>
              sign in
            </Button>
            <Button disabled={busy} onClick={() => later('skip')}>
              skip
            </Button>
          </>
        )
      }
    >
      <StepHeading>Keep your life in sync</StepHeading>
      {trouble ? (
        <>
          <Alert>{SIGN_IN_TROUBLE}</Alert>
          <Lead>
            {cloudMessage(signIn.error)} Try again, or sign in later: your phone then starts with default
            settings, and signing in later in Settings › email+accounts brings back your texts and your theme.
          </Lead>
        </>
      ) : (
        <Lead>
          Sign in with your Microsoft account to restore your backup: your Start screen, theme, apps, texts
          and more. If you skip, your phone starts with default settings.
        </Lead>
      )}
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
      <CantAccessLink
        to={`/setup/${nextStep('sign-in', 'forgotPassword')}`}
        email={email.value}
        onClick={() => rememberStep(nextStep('sign-in', 'forgotPassword'))}
      />
      {busy ? <IndeterminateProgress label="signing in" /> : null}
      {error ? <Alert>{error}</Alert> : null}
    </SetupPage>
  );
}
