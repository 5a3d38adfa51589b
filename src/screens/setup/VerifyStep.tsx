import { useState } from 'react';
import { useStore } from 'zustand';
import { useVerifyCode } from '../../api/auth/verifyCode';
import type { SignInChallenge } from '../../api/schemas';
import { useNow } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { SendCodeChoice } from '../shared/IdentityCheckFields';
import { SIGN_IN_TROUBLE } from '../shared/signInTrouble';
import { useIdentityCheck } from '../shared/useIdentityCheck';
import { skipSignIn } from '../../backup/setup/actions';
import { endSession, signInSession } from '../../backup/setup/signInSession';
import { EnterCodePage, TEXT_CANT_ARRIVE, TEXT_WAIT_MS } from './EnterCodePage';
import { Alert, Lead, SetupPage, StepHeading, useGoOn } from './SetupPage';

/** Setup's identity check; without a sign-in under way the route sends the user back to sign in. */
export function VerifyStep() {
  const session = useStore(signInSession, (s) => s.session);
  if (!session) return null;
  return <Verify challenge={session.challenge} password={session.password} />;
}

/**
 * The identity check: a code by text, call or email. A text to the phone being set up never
 * arrives (the article's readers found this out): after TEXT_WAIT_MS, or at `I didn't get a
 * code`, the phone says so and offers the other ways.
 */
function Verify({ challenge, password }: { challenge: SignInChallenge; password: string }) {
  const go = useGoOn('verify');
  const [textFailed, setTextFailed] = useState(false);
  const check = useIdentityCheck({
    challenge,
    verifying: useVerifyCode(password),
    methods: challenge.methods.filter((m) => !(textFailed && m.method === 'text')),
    onVerified: () => {
      endSession();
      go('verified');
    },
  });
  const { sent, error } = check;
  const busy = check.busy !== null;
  const now = useNow(1000);

  const noCode = () => {
    if (sent?.method === 'text') setTextFailed(true);
    check.startOver();
  };

  // The text is late: say why and let the user choose another way.
  if (sent?.method === 'text' && now - sent.at >= TEXT_WAIT_MS && !textFailed) {
    setTextFailed(true);
    check.startOver();
  }

  // No answer about the account: as at sign-in, try again or sign in later (SPEC section 4b).
  const errorBlock = error?.trouble ? (
    <>
      <Alert>{SIGN_IN_TROUBLE}</Alert>
      <Lead>{error.text}</Lead>
      <div className="flex flex-wrap gap-[12px]">
        <Button onClick={error.during === 'send' ? check.send : check.verify}>try again</Button>
        <Button
          onClick={() => {
            endSession();
            skipSignIn();
            go('signInLater');
          }}
        >
          sign in later
        </Button>
      </div>
    </>
  ) : error ? (
    <>
      <Alert>{error.text}</Alert>
      {error.signInAgain ? <Button onClick={() => go('signInAgain')}>sign in again</Button> : null}
    </>
  ) : null;

  if (sent) {
    return (
      <EnterCodePage
        title="verify"
        formId="setup-verify"
        sent={sent}
        now={now}
        code={check.code}
        busy={busy}
        onVerify={check.verify}
        onNoCode={noCode}
      >
        {errorBlock}
      </EnterCodePage>
    );
  }

  return (
    <SetupPage
      title="verify"
      buttons={
        <Button onClick={check.send} disabled={busy || !check.chosen}>
          send code
        </Button>
      }
    >
      <StepHeading>Help us protect your info</StepHeading>
      {textFailed ? <Alert>{TEXT_CANT_ARRIVE}</Alert> : null}
      <Lead>
        To restore your backup, we need to make sure it's you. How should we send you a security code?
      </Lead>
      <SendCodeChoice methods={check.methods} chosen={check.chosen} onChange={check.choose} disabled={busy} />
      {errorBlock}
    </SetupPage>
  );
}
