import { useId, type FormEvent } from 'react';
import { useSignIn } from '../../api/auth/signIn';
import type { SignInChallenge } from '../../api/schemas';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { CantAccessLink } from '../shared/CantAccessLink';
import { errorMessage } from '../shared/errorMessage';
import { SignInFields, useSignInFields } from '../shared/SignInFields';
import { checkRequired } from '../shared/useRequiredField';

interface SignInFormProps {
  initialEmail?: string;
  /** The password was right: the identity check comes next. The password is handed on, never stored. */
  onChallenge: (challenge: SignInChallenge, email: string, password: string) => void;
  onCancel?: () => void;
}

/** Microsoft account sign-in: email address and password, both required before the cloud is asked. */
export function SignInForm({ initialEmail = '', onChallenge, onCancel }: SignInFormProps) {
  const { email, password } = useSignInFields(initialEmail);
  const signIn = useSignIn();
  const pending = signIn.isPending;
  const error = signIn.isError ? errorMessage(signIn.error) : null;
  const headingId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    signIn.reset();
    if (!checkRequired(email, password)) return;
    const address = email.value.trim();
    const typed = password.value;
    signIn.mutate(
      { email: address, password: typed },
      {
        onSuccess: (challenge) => onChallenge(challenge, address, typed),
        onError: () => password.setValue(''),
      },
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h2 id={headingId} className="m-0 mb-[6px] text-wp-large leading-tight font-light">
        Sign in with your Microsoft account
      </h2>
      <p className="m-0 mb-[6px] text-wp-normal leading-snug text-subtle">
        Your Microsoft account backs up your phone to OneDrive, and lets you restore it on a new phone.
      </p>
      <SignInFields email={email} password={password} disabled={pending} />
      <CantAccessLink to="?signin=1&reset=1" email={email.value} />
      {pending ? (
        <div className="py-[9px]">
          <IndeterminateProgress label="signing in" />
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="m-0 my-[9px] text-wp-normal leading-snug">
          {error}
        </p>
      ) : null}
      <div className="mt-[12px] flex gap-[12px]">
        <Button type="submit" disabled={pending}>
          sign in
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={pending}>
            cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
