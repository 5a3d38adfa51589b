import { useEffect, useState } from 'react';
import { signIn } from '../../api/auth/auth';
import { isApiError } from '../../api/errors';
import { track } from '../../emulator/activity';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { SignInFields, useSignInFields } from '../shared/SignInFields';
import { checkRequired } from '../shared/useRequiredField';
import { skipSignIn } from './flow';
import { endSession, startSession } from './session';
import { Alert, Lead, SetupPage, StepHeading, useGoTo } from './SetupPage';

const cloudMessage = (e: unknown) =>
  isApiError(e) ? e.message : 'Something went wrong while signing in. Try again later.';

/**
 * `Keep your life in sync`: signing in is what makes a restore possible. The password is kept in
 * memory until the identity check is done, then used once to derive the phone's data key.
 */
export function SignInStep() {
  const goTo = useGoTo();
  const { email, password } = useSignInFields();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Back at sign-in, an earlier sign-in's password has no use any more: drop it from memory.
  useEffect(() => endSession(), []);

  const submit = async () => {
    if (busy) return;
    setError(null);
    // Blank or white space only: refused here, beside the field, without asking the cloud.
    if (!checkRequired(email, password)) return;
    setBusy(true);
    const address = email.value.trim();
    try {
      const challenge = await track(signIn(address, password.value));
      startSession({ email: address, password: password.value, challenge });
      goTo('verify');
    } catch (e) {
      setError(cloudMessage(e));
      setBusy(false);
    }
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
              goTo('done');
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
          void submit();
        }}
      >
        <SignInFields email={email} password={password} disabled={busy} />
      </form>
      {busy ? <IndeterminateProgress label="signing in" /> : null}
      {error ? <Alert>{error}</Alert> : null}
    </SetupPage>
  );
}
