import { useState, type FormEvent } from 'react';
import { useSignIn } from '../../api/auth/signIn';
import { useWebsiteVerifyCode } from '../../api/auth/verifyCode';
import type { ContactMethod, SignInChallenge } from '../../api/schemas';
import { errorMessage } from '../shared/errorMessage';
import { useSignInFields } from '../shared/SignInFields';
import { useIdentityCheck } from '../shared/useIdentityCheck';
import { checkRequired } from '../shared/useRequiredField';
import { WebAlert, WebButton, WebField, WebRadioGroup } from './controls';

const verbs: Record<ContactMethod, string> = { text: 'Text', call: 'Call', email: 'Email' };

const submitWith = (action: () => void) => (e: FormEvent) => {
  e.preventDefault();
  action();
};

/**
 * The website's own sign-in with the Microsoft account: the password, then the identity check
 * the cloud asks of every new session. The session it opens is this browser's, not the phone's.
 */
export function WebsiteSignIn({ notice }: { notice: string | null }) {
  const [challenge, setChallenge] = useState<SignInChallenge | null>(null);
  return challenge ? (
    <IdentityCheck challenge={challenge} onSignInAgain={() => setChallenge(null)} />
  ) : (
    <Credentials notice={notice} onChallenge={setChallenge} />
  );
}

function Credentials({
  notice,
  onChallenge,
}: {
  notice: string | null;
  onChallenge: (c: SignInChallenge) => void;
}) {
  const { email, password } = useSignInFields();
  const signIn = useSignIn();
  const busy = signIn.isPending || signIn.isSuccess;
  const submit = () => {
    if (busy) return;
    signIn.reset();
    if (!checkRequired(email, password)) return;
    signIn.mutate(
      { email: email.value.trim(), password: password.value },
      { onSuccess: onChallenge, onError: () => password.setValue('') },
    );
  };
  return (
    <div className="max-w-[380px]">
      <p className="m-0 text-[13px] text-[#605e5c]">Microsoft account</p>
      <h1 className="m-0 mb-[10px] text-[28px] font-light">Sign in</h1>
      <p className="m-0 mb-[14px] leading-snug text-[#323130]">
        Sign in to OneDrive to see the backups of your phones. This browser keeps a sign-in of its own: the
        phone stays as it is.
      </p>
      {notice ? (
        <p role="status" className="m-0 mb-[12px] border-l-[3px] border-[#094ab2] pl-[8px]">
          {notice}
        </p>
      ) : null}
      <form onSubmit={submitWith(submit)} noValidate>
        <WebField
          label="Email address"
          type="email"
          autoComplete="username"
          disabled={busy}
          {...email.props}
        />
        <WebField
          label="Password"
          type="password"
          autoComplete="current-password"
          disabled={busy}
          {...password.props}
        />
        {signIn.isError ? <WebAlert>{errorMessage(signIn.error)}</WebAlert> : null}
        <WebButton primary type="submit" disabled={busy}>
          sign in
        </WebButton>
      </form>
    </div>
  );
}

function IdentityCheck({
  challenge,
  onSignInAgain,
}: {
  challenge: SignInChallenge;
  onSignInAgain: () => void;
}) {
  // The session it opens is the website's: the page shows the backups once it is stored.
  const check = useIdentityCheck({
    challenge,
    methods: challenge.methods,
    verifying: useWebsiteVerifyCode(),
  });
  const { chosen, code, sent, error } = check;
  const busy = check.busy !== null;

  return (
    <div className="max-w-[420px]">
      <p className="m-0 text-[13px] text-[#605e5c]">Microsoft account</p>
      <h1 className="m-0 mb-[10px] text-[28px] font-light">Help us protect your info</h1>
      <p className="m-0 mb-[14px] leading-snug text-[#323130]">
        Before this browser can see your device backups, we need to make sure it's you. We'll send a security
        code to one of the contacts on your account.
      </p>
      <WebRadioGroup
        label="Send the code by"
        options={challenge.methods.map((m) => ({ value: m.method, label: `${verbs[m.method]} ${m.masked}` }))}
        value={chosen?.method}
        onChange={check.choose}
        disabled={busy}
      />
      <div className="flex gap-[10px]">
        <WebButton primary={!sent} onClick={check.send} disabled={busy || !chosen}>
          send code
        </WebButton>
        <WebButton onClick={onSignInAgain} disabled={busy}>
          cancel
        </WebButton>
      </div>
      {sent ? (
        <form onSubmit={submitWith(check.verify)} noValidate className="mt-[18px]">
          <p role="status" className="m-0 mb-[10px]">
            We sent a code to {sent.to}. It works for 10 minutes.
          </p>
          <WebField
            label="Code"
            inputMode="numeric"
            autoComplete="one-time-code"
            disabled={busy}
            {...code.props}
          />
          <WebButton primary type="submit" disabled={busy}>
            next
          </WebButton>
        </form>
      ) : null}
      {error ? <WebAlert>{error.text}</WebAlert> : null}
    </div>
  );
}
