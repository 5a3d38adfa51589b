import { useState, type FormEvent } from 'react';
import { sendCode, verifyCode } from '../../api/auth/auth';
import type { CloudSession, ContactMethod, SignInChallenge } from '../../api/schemas';
import { Button } from '../../ui/Button';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { RadioList } from '../../ui/RadioList';
import { TextField } from './TextField';
import { useAction } from './useAction';

const verbs: Record<ContactMethod, string> = { text: 'Text', call: 'Call', email: 'Email' };

export interface IdentityCheckProps {
  challenge: SignInChallenge;
  /** The code was right: the cloud's session for this account. */
  onVerified: (session: CloudSession) => void | Promise<void>;
  onCancel?: () => void;
}

/**
 * "Help us protect your info": a security code goes to one of the account's contacts (masked),
 * then the user types it. Wrong, expired and locked-out codes show the cloud's message.
 * Reused by setup's identity check.
 */
export function IdentityCheck({ challenge, onVerified, onCancel }: IdentityCheckProps) {
  const [method, setMethod] = useState<ContactMethod | undefined>(challenge.methods[0]?.method);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const sending = useAction();
  const verifying = useAction();
  const pending = sending.pending || verifying.pending;
  const options = challenge.methods.map((m) => ({
    value: m.method,
    label: `${verbs[m.method]} ${m.masked}`,
  }));

  const send = async () => {
    if (!method) return;
    verifying.setError(null);
    const ok = await sending.run(async () => {
      await sendCode(challenge.challengeId, method);
      return true;
    });
    if (ok) setSentTo(challenge.methods.find((m) => m.method === method)?.masked ?? null);
  };

  const verify = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      verifying.setError('Enter the code we sent you.');
      return;
    }
    const session = await verifying.run(() => verifyCode(challenge.challengeId, code.trim()));
    if (session) await verifying.run(async () => onVerified(session));
  };

  return (
    <div>
      <h2 className="m-0 mb-[6px] text-wp-large leading-tight font-light">Help us protect your info</h2>
      <p className="m-0 mb-[6px] text-wp-normal leading-snug text-subtle">
        Before this phone can use your account, we need to make sure it's you. We'll send a security code to
        one of the contacts on your account.
      </p>
      {method && options.length > 0 ? (
        <RadioList
          label="Send the code by"
          options={options}
          value={method}
          onChange={setMethod}
          disabled={pending}
        />
      ) : (
        <p className="m-0 py-[7px] text-wp-normal">
          There's no contact on this account that a code can go to.
        </p>
      )}
      {sending.error ? (
        <p role="alert" className="m-0 my-[9px] text-wp-normal leading-snug">
          {sending.error}
        </p>
      ) : null}
      <div className="mt-[6px] flex gap-[12px]">
        <Button onClick={() => void send()} disabled={pending || !method}>
          send code
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={pending}>
            cancel
          </Button>
        ) : null}
      </div>
      {sentTo ? (
        <form onSubmit={(e) => void verify(e)} className="mt-[14px]" noValidate>
          <p role="status" className="m-0 text-wp-normal leading-snug">
            We sent a code to {sentTo}. It works for 10 minutes.
          </p>
          <TextField
            label="Code"
            autoFocus
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={setCode}
            disabled={pending}
          />
          {verifying.error ? (
            <p role="alert" className="m-0 my-[9px] text-wp-normal leading-snug">
              {verifying.error}
            </p>
          ) : null}
          <div className="mt-[6px]">
            <Button type="submit" disabled={pending}>
              next
            </Button>
          </div>
        </form>
      ) : null}
      {pending ? (
        <div className="py-[9px]">
          <IndeterminateProgress label={sending.pending ? 'sending code' : 'checking code'} />
        </div>
      ) : null}
    </div>
  );
}
