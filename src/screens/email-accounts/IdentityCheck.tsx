import { useVerifyCode } from '../../api/auth/verifyCode';
import type { CloudSession, SignInChallenge } from '../../api/schemas';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { CodeField, SendCodeChoice } from '../shared/IdentityCheckFields';
import { useIdentityCheck } from '../shared/useIdentityCheck';

interface IdentityCheckProps {
  challenge: SignInChallenge;
  /** Typed at sign-in: the phone derives its data key from it once the code is right. */
  password: string;
  /** The code was right and the phone is signed in. */
  onVerified: (session: CloudSession) => void;
  onCancel?: () => void;
}

const Problem = ({ text }: { text: string }) => (
  <p role="alert" className="m-0 my-[9px] text-wp-normal leading-snug">
    {text}
  </p>
);

/**
 * "Help us protect your info" on one page of email+accounts: a security code goes to one of the
 * account's contacts (masked), then the user types it under the choice, which stays so a new code
 * can be sent. Wrong, expired and locked-out codes show the cloud's message.
 */
export function IdentityCheck({ challenge, password, onVerified, onCancel }: IdentityCheckProps) {
  const check = useIdentityCheck({
    challenge,
    methods: challenge.methods,
    verifying: useVerifyCode(password),
    onVerified,
  });
  const { sent, error } = check;
  const pending = check.busy !== null;

  return (
    <div>
      <h2 className="m-0 mb-[6px] text-wp-large leading-tight font-light">Help us protect your info</h2>
      <p className="m-0 mb-[6px] text-wp-normal leading-snug text-subtle">
        Before this phone can use your account, we need to make sure it's you. We'll send a security code to
        one of the contacts on your account.
      </p>
      <SendCodeChoice
        methods={check.methods}
        chosen={check.chosen}
        onChange={check.choose}
        disabled={pending}
      />
      {error?.during === 'send' ? <Problem text={error.text} /> : null}
      <div className="mt-[6px] flex gap-[12px]">
        <Button onClick={check.send} disabled={pending || !check.chosen}>
          send code
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={pending}>
            cancel
          </Button>
        ) : null}
      </div>
      {sent ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            check.verify();
          }}
          className="mt-[14px]"
          noValidate
        >
          <p role="status" className="m-0 text-wp-normal leading-snug">
            We sent a code to {sent.to}. It works for 10 minutes.
          </p>
          <CodeField code={check.code} disabled={pending} autoFocus />
          {error?.during === 'verify' ? <Problem text={error.text} /> : null}
          <div className="mt-[6px]">
            <Button type="submit" disabled={pending}>
              next
            </Button>
          </div>
        </form>
      ) : null}
      {pending ? (
        <div className="py-[9px]">
          <IndeterminateProgress label={check.busy === 'sending' ? 'sending code' : 'checking code'} />
        </div>
      ) : null}
    </div>
  );
}
