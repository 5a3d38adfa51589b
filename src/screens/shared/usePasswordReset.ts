import { useState } from 'react';
import { useCompletePasswordReset } from '../../api/auth/completePasswordReset';
import { useSendResetCode } from '../../api/auth/sendResetCode';
import { useStartPasswordReset } from '../../api/auth/startPasswordReset';
import { useVerifyResetCode } from '../../api/auth/verifyResetCode';
import type { CloudSession, ContactMethod, PasswordReset } from '../../api/schemas';
import { clock } from '../../device/environment';
import { errorMessage } from './errorMessage';
import { EMAIL_REQUIRED } from './SignInFields';
import { CODE_REQUIRED } from './useIdentityCheck';
import { useNewPassword } from './useNewPassword';
import { checkRequired, useRequiredField } from './useRequiredField';

/** Where a reset is: the account's address, a contact, the code, then `Create a new password`. */
export type ResetStage = 'account' | 'contact' | 'code' | 'password';

/**
 * `Can't access your account?`, shared by setup and email+accounts (SPEC section 4b): the
 * address, a code to one of the account's contacts, then a new password, after which the phone is
 * signed in with it (useCompletePasswordReset). A blank address, code or password never reaches
 * the cloud. In setup, a text that cannot reach the phone is taken off the choices once missed.
 */
export function usePasswordReset({
  initialEmail,
  onSignedIn,
  dropMissedText,
}: {
  initialEmail: string;
  onSignedIn: (session: CloudSession) => void;
  dropMissedText: boolean;
}) {
  const email = useRequiredField(EMAIL_REQUIRED, initialEmail);
  const code = useRequiredField(CODE_REQUIRED);
  const newPassword = useNewPassword();
  const [reset, setReset] = useState<PasswordReset | null>(null);
  const [choice, setChoice] = useState<ContactMethod | null>(null);
  const [sent, setSent] = useState<{ method: ContactMethod; to: string; at: number } | null>(null);
  const [verified, setVerified] = useState(false);
  const [textMissed, setTextMissed] = useState(false);
  const starting = useStartPasswordReset();
  const sending = useSendResetCode();
  const verifying = useVerifyResetCode();
  const completing = useCompletePasswordReset();
  const requests = [starting, sending, verifying, completing];

  const methods = (reset?.methods ?? []).filter((m) => !(textMissed && m.method === 'text'));
  const chosen = methods.find((m) => m.method === choice) ?? methods[0];
  const stage: ResetStage = !reset ? 'account' : verified ? 'password' : sent ? 'code' : 'contact';
  // Still busy once the new password is accepted: the screen is leaving.
  const busy = requests.some((r) => r.isPending) || completing.isSuccess;
  const failed = requests.find((r) => r.isError);
  const error = failed ? errorMessage(failed.error) : null;
  const clearErrors = () => requests.forEach((r) => r.reset());

  const start = () => {
    if (busy) return;
    clearErrors();
    if (!checkRequired(email)) return;
    starting.mutate(email.value.trim(), {
      onSuccess: (r) => {
        setReset(r);
        setChoice(null);
        setSent(null);
        setVerified(false);
      },
    });
  };
  const send = () => {
    if (busy || !reset || !chosen) return;
    clearErrors();
    sending.mutate(
      { resetId: reset.resetId, method: chosen.method },
      {
        onSuccess: () => {
          setSent({ method: chosen.method, to: chosen.masked, at: clock.now() });
          code.setValue('');
        },
      },
    );
  };
  const verify = () => {
    if (busy || !reset) return;
    clearErrors();
    if (!checkRequired(code)) return;
    verifying.mutate(
      { resetId: reset.resetId, code: code.value.trim() },
      { onSuccess: () => setVerified(true) },
    );
  };
  const complete = () => {
    if (busy || !reset) return;
    clearErrors();
    if (!newPassword.check()) return;
    completing.mutate(
      { resetId: reset.resetId, newPassword: newPassword.value },
      {
        onSuccess: onSignedIn,
        // Refused for the password itself: said beside the field, not again above it.
        onError: (e) => {
          if (newPassword.refusedByCloud(e)) completing.reset();
        },
      },
    );
  };
  /** `I didn't get a code` (or a text that cannot come): back to choosing a contact. */
  const noCode = () => {
    if (dropMissedText && sent?.method === 'text') setTextMissed(true);
    setSent(null);
    setChoice(null);
    clearErrors();
  };

  return {
    stage,
    email,
    code,
    newPassword,
    methods,
    chosen,
    choose: setChoice,
    sent,
    textMissed,
    busy,
    error,
    start,
    send,
    verify,
    complete,
    noCode,
  };
}
