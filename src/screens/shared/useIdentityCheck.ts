import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useSendCode } from '../../api/auth/sendCode';
import type { CodeCheck } from '../../api/auth/verifyCode';
import { isApiError } from '../../api/errors';
import type { ContactMethod, SignInChallenge } from '../../api/schemas';
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
 * The identity check's logic, shared by setup, email+accounts and the account website: choose a
 * contact, send the code, type it (a blank code never reaches the cloud) and verify it with
 * `verifying`: the phone's sign-in (useVerifyCode) or the website's own (useWebsiteVerifyCode).
 * `methods` are the contacts the screen offers (setup leaves out the text once it cannot arrive).
 */
export function useIdentityCheck<Verified>({
  challenge,
  methods,
  verifying,
  onVerified,
}: {
  challenge: SignInChallenge;
  methods: readonly ContactOption[];
  verifying: UseMutationResult<Verified, Error, CodeCheck>;
  /** The code was right, and `verifying` has done its work. */
  onVerified?: (verified: Verified) => void;
}) {
  const [choice, setChoice] = useState<ContactMethod | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const sending = useSendCode();
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
      { challengeId: challenge.challengeId, code: code.value.trim() },
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
