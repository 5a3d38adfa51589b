import { useState } from 'react';
import { useSendCode } from '../../api/auth/sendCode';
import { useVerifyCode } from '../../api/auth/verifyCode';
import { isApiError } from '../../api/errors';
import type { CloudSession, ContactMethod, SignInChallenge } from '../../api/schemas';
import { clock } from '../../device/environment';
import { errorMessage } from './errorMessage';
import { isSignInTrouble } from './signInTrouble';
import { checkRequired, useRequiredField } from './useRequiredField';

export const CODE_REQUIRED = 'Enter the code we sent you.';

export type ContactOption = SignInChallenge['methods'][number];

interface SentCode {
  method: ContactMethod;
  /** The masked contact it went to. */
  to: string;
  /** Emulated time it was sent. */
  at: number;
}

interface IdentityCheckError {
  text: string;
  /** Which request failed, so a screen can show it beside that step. */
  during: 'send' | 'verify';
  /** The sign-in has ended (404, or its code expired with it): only signing in again helps. */
  signInAgain: boolean;
  /** No answer about the account (offline, the cloud erred): see signInTrouble.ts. */
  trouble: boolean;
}

const failure = (during: IdentityCheckError['during'], e: unknown): IdentityCheckError => ({
  text: errorMessage(e),
  during,
  signInAgain: isApiError(e) && (e.status === 404 || e.code === 'code-expired'),
  trouble: isSignInTrouble(e),
});

/**
 * The identity check's logic, shared by setup and email+accounts: choose a contact, send the code,
 * type it (a blank code never reaches the cloud), verify it, and link the account with the
 * password typed at sign-in. `methods` are the contacts the screen offers (setup leaves out the
 * text once it cannot arrive).
 */
export function useIdentityCheck({
  challenge,
  password,
  methods,
  onVerified,
}: {
  challenge: SignInChallenge;
  password: string;
  methods: readonly ContactOption[];
  /** The code was right and the phone is signed in with the cloud's session. */
  onVerified: (session: CloudSession) => void;
}) {
  const [choice, setChoice] = useState<ContactMethod | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const sending = useSendCode();
  const verifying = useVerifyCode();
  const code = useRequiredField(CODE_REQUIRED);
  const chosen = methods.find((m) => m.method === choice) ?? methods[0];
  // Still busy once verified: the screen is leaving (setup goes on, email+accounts moves on).
  const busy = sending.isPending
    ? 'sending'
    : verifying.isPending || verifying.isSuccess
      ? 'verifying'
      : null;
  const error = sending.isError
    ? failure('send', sending.error)
    : verifying.isError
      ? failure('verify', verifying.error)
      : null;

  const send = () => {
    if (!chosen || busy) return;
    verifying.reset();
    sending.mutate(
      { challengeId: challenge.challengeId, method: chosen.method },
      {
        onSuccess: () => {
          setSent({ method: chosen.method, to: chosen.masked, at: clock.now() });
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
    verifying.mutate(
      { challengeId: challenge.challengeId, code: code.value.trim(), password },
      { onSuccess: onVerified },
    );
  };

  /** Back to choosing a contact (`I didn't get a code`, or a text that cannot arrive). */
  const startOver = () => {
    setSent(null);
    setChoice(null);
    sending.reset();
    verifying.reset();
  };

  return { methods, chosen, choose: setChoice, sent, code, busy, error, send, verify, startOver };
}
