import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SignInChallenge } from '../../api/schemas';
import { restoreAfterLateSignIn } from '../../backup/restoreLate';
import type { RestoreSummary } from '../../backup/restoreApply';
import { activePhone } from '../../device/store';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { IdentityCheck } from './IdentityCheck';
import { PasswordReset } from './PasswordReset';
import { SignInForm } from './SignInForm';
import { errorMessage } from '../shared/errorMessage';

type Step =
  | { kind: 'credentials' }
  /** The password is needed once more, to derive the key that encrypts account passwords; it goes with this component. */
  | { kind: 'verify'; challenge: SignInChallenge; password: string }
  | { kind: 'restoring' }
  | { kind: 'restored'; summary: RestoreSummary }
  | { kind: 'restore-failed'; message: string };

/**
 * The whole Microsoft account sign-in of email+accounts: password, identity check, link. A phone
 * whose setup skipped sign-in then gets its texts and synced settings back (SPEC section 4).
 */
export function MicrosoftSignIn({
  initialEmail,
  onDone,
  onCancel,
}: {
  initialEmail?: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'credentials' });
  const lateRestore = useMutation({ mutationFn: restoreAfterLateSignIn });
  // `Can't access your account?` is a link (`?reset`), so the back key leaves the reset.
  const [params, setParams] = useSearchParams();
  const resetting = params.has('reset') && step.kind === 'credentials';

  const restore = () => {
    setStep({ kind: 'restoring' });
    lateRestore.mutate(undefined, {
      onSuccess: (summary) => (summary ? setStep({ kind: 'restored', summary }) : onDone()),
      onError: (e) => setStep({ kind: 'restore-failed', message: errorMessage(e) }),
    });
  };

  const signedIn = () => {
    if (activePhone().setup.skippedSignIn) restore();
    else onDone();
  };

  if (resetting) {
    return (
      <PasswordReset
        onSignedIn={signedIn}
        onCancel={() =>
          setParams(
            (p) => {
              p.delete('reset');
              return p;
            },
            { replace: true },
          )
        }
      />
    );
  }
  switch (step.kind) {
    case 'credentials':
      return (
        <SignInForm
          initialEmail={initialEmail}
          onChallenge={(challenge, _email, password) => setStep({ kind: 'verify', challenge, password })}
          onCancel={onCancel}
        />
      );
    case 'verify':
      return (
        <IdentityCheck
          challenge={step.challenge}
          password={step.password}
          onVerified={signedIn}
          onCancel={onCancel}
        />
      );
    case 'restoring':
      return (
        <div className="py-[7px]">
          <p className="m-0 mb-[9px] text-wp-medium">Bringing back your text messages and settings…</p>
          <IndeterminateProgress label="restoring" />
        </div>
      );
    case 'restored':
      return (
        <div className="py-[7px]">
          <p className="m-0 text-wp-medium">You're signed in.</p>
          <p className="m-0 mt-[6px] text-wp-normal text-subtle">
            Brought back: {step.summary.restored.join(', ') || 'nothing'}.
          </p>
          <p className="m-0 mt-[6px] mb-[12px] text-wp-normal text-subtle">
            Not brought back: {step.summary.notRestored.join(', ')}.
          </p>
          <Button onClick={onDone}>done</Button>
        </div>
      );
    case 'restore-failed':
      return (
        <div className="py-[7px]">
          <p role="alert" className="m-0 mb-[12px] text-wp-normal leading-snug">
            You're signed in, but your text messages couldn't be brought back right now. {step.message}
          </p>
          <div className="flex gap-[12px]">
            <Button onClick={restore}>try again</Button>
            <Button onClick={onDone}>skip</Button>
          </div>
        </div>
      );
  }
}
