import { useState, type FormEvent } from 'react';
import { useSendCode } from '../../api/auth/sendCode';
import { useSignIn } from '../../api/auth/signIn';
import { useWebsiteVerifyCode } from '../../api/auth/verifyCode';
import type { ContactMethod, SignInChallenge } from '../../api/schemas';
import { errorMessage } from '../shared/errorMessage';
import { useSignInFields } from '../shared/SignInFields';
import { CODE_REQUIRED } from '../shared/useIdentityCheck';
import { checkRequired, useRequiredField } from '../shared/useRequiredField';
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
  const [choice, setChoice] = useState<ContactMethod | undefined>(challenge.methods[0]?.method);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const code = useRequiredField(CODE_REQUIRED);
  const sending = useSendCode();
  const verifying = useWebsiteVerifyCode();
  const busy = sending.isPending || verifying.isPending || verifying.isSuccess;
  const failed = sending.isError ? sending.error : verifying.isError ? verifying.error : null;
  const chosen = challenge.methods.find((m) => m.method === choice);

  const send = () => {
    if (busy || !chosen) return;
    verifying.reset();
    sending.mutate(
      { challengeId: challenge.challengeId, method: chosen.method },
      {
        onSuccess: () => {
          setSentTo(chosen.masked);
          code.setValue('');
        },
      },
    );
  };
  const verify = () => {
    if (busy) return;
    sending.reset();
    verifying.reset();
    if (!checkRequired(code)) return;
    verifying.mutate({ challengeId: challenge.challengeId, code: code.value.trim() });
  };

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
        value={choice}
        onChange={setChoice}
        disabled={busy}
      />
      <div className="flex gap-[10px]">
        <WebButton primary={!sentTo} onClick={send} disabled={busy || !chosen}>
          send code
        </WebButton>
        <WebButton onClick={onSignInAgain} disabled={busy}>
          cancel
        </WebButton>
      </div>
      {sentTo ? (
        <form onSubmit={submitWith(verify)} noValidate className="mt-[18px]">
          <p role="status" className="m-0 mb-[10px]">
            We sent a code to {sentTo}. It works for 10 minutes.
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
      {failed ? <WebAlert>{errorMessage(failed)}</WebAlert> : null}
    </div>
  );
}
