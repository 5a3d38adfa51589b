import { useState } from 'react';
import { sendCode, verifyCode } from '../../api/auth/auth';
import { isApiError } from '../../api/errors';
import type { CloudSession, ContactMethod, SignInChallenge } from '../../api/schemas';
import { clock } from '../../device/environment';
import { track } from '../../emulator/activity';
import { errorMessage } from './errorMessage';
import { checkRequired, useRequiredField } from './useRequiredField';

export const CODE_REQUIRED = 'Enter the code we sent you.';

export type ContactOption = SignInChallenge['methods'][number];

export interface SentCode {
  method: ContactMethod;
  /** The masked contact it went to. */
  to: string;
  /** Emulated time it was sent. */
  at: number;
}

export interface IdentityCheckError {
  text: string;
  /** Which request failed, so a screen can show it beside that step. */
  during: 'send' | 'verify';
  /** The cloud no longer knows the sign-in (404): only signing in again helps. */
  signInAgain: boolean;
}

/**
 * The identity check's logic, shared by setup and email+accounts: choose a contact, send the code,
 * type it (a blank code never reaches the cloud), verify it. `methods` are the contacts the
 * screen offers (setup leaves out the text once it cannot arrive).
 */
export function useIdentityCheck({
  challenge,
  methods,
  onVerified,
}: {
  challenge: SignInChallenge;
  methods: readonly ContactOption[];
  /** The code was right: the cloud's session for this account. A throw shows as an error. */
  onVerified: (session: CloudSession) => void | Promise<void>;
}) {
  const [choice, setChoice] = useState<ContactMethod | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const [busy, setBusy] = useState<'sending' | 'verifying' | null>(null);
  const [error, setError] = useState<IdentityCheckError | null>(null);
  const code = useRequiredField(CODE_REQUIRED);
  const chosen = methods.find((m) => m.method === choice) ?? methods[0];

  const fail = (during: IdentityCheckError['during'], e: unknown) => {
    setError({ text: errorMessage(e), during, signInAgain: isApiError(e) && e.status === 404 });
    setBusy(null);
  };

  const send = async () => {
    if (!chosen || busy) return;
    setBusy('sending');
    setError(null);
    try {
      await track(sendCode(challenge.challengeId, chosen.method));
      setSent({ method: chosen.method, to: chosen.masked, at: clock.now() });
      code.setValue('');
      setBusy(null);
    } catch (e) {
      fail('send', e);
    }
  };

  const verify = async () => {
    if (busy) return;
    setError(null);
    if (!checkRequired(code)) return;
    setBusy('verifying');
    try {
      const session = await track(verifyCode(challenge.challengeId, code.value.trim()));
      await track(Promise.resolve(onVerified(session)));
      // Still busy: the screen is leaving (setup goes on, email+accounts closes the flow).
    } catch (e) {
      fail('verify', e);
    }
  };

  /** Back to choosing a contact (`I didn't get a code`, or a text that cannot arrive). */
  const startOver = () => {
    setSent(null);
    setChoice(null);
    setError(null);
  };

  return { methods, chosen, choose: setChoice, sent, code, busy, error, send, verify, startOver };
}
