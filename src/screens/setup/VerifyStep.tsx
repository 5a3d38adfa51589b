import { useState } from 'react';
import { useStore } from 'zustand';
import { sendCode, verifyCode } from '../../api/auth/auth';
import { completeSignIn } from '../../api/auth/link-account';
import { isApiError } from '../../api/errors';
import type { ContactMethod } from '../../api/schemas';
import { useNow } from '../../app/hooks';
import { clock } from '../../device/environment';
import { track } from '../../emulator/activity';
import { Button } from '../../ui/Button';
import { RadioList } from '../../ui/RadioList';
import { endSession, signInSession } from './session';
import { Alert, Lead, SetupPage, StepHeading, useGoTo } from './SetupPage';
import { TextField } from './TextField';

/** How long the phone waits for a text before saying it cannot come (emulated time). */
export const TEXT_WAIT_MS = 30_000;
export const TEXT_CANT_ARRIVE =
  "The text can't reach this phone while it's being set up. Choose call or email instead.";

const sentTo: Record<ContactMethod, (to: string) => string> = {
  text: (to) => `We sent a text with a code to ${to}.`,
  call: (to) => `We're calling ${to}. Answer, and you'll hear your code.`,
  email: (to) => `We sent an email with a code to ${to}. Read it on another device.`,
};

const verbs: Record<ContactMethod, string> = { text: 'Text', call: 'Call', email: 'Email' };

const message = (e: unknown) => (isApiError(e) ? e.message : 'Something went wrong. Try again later.');

/**
 * The identity check: a code by text, call or email. A text to the phone being set up never
 * arrives (the article's readers found this out): after TEXT_WAIT_MS, or at `I didn't get a
 * code`, the phone says so and offers the other ways.
 */
export function VerifyStep() {
  const session = useStore(signInSession, (s) => s.session);
  const goTo = useGoTo();
  const [textFailed, setTextFailed] = useState(false);
  const methods = (session?.challenge.methods ?? []).filter((m) => !(textFailed && m.method === 'text'));
  const [method, setMethod] = useState<ContactMethod | null>(null);
  const [sent, setSent] = useState<{ method: ContactMethod; to: string; at: number } | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; signInAgain: boolean } | null>(null);
  const now = useNow(1000);
  const chosen = methods.find((m) => m.method === method) ?? methods[0];
  const textLate = sent?.method === 'text' && now - sent.at >= TEXT_WAIT_MS;

  if (!session) return null; // the route sends the user back to sign in

  const fail = (e: unknown) => {
    setError({ text: message(e), signInAgain: isApiError(e) && e.status === 404 });
    setBusy(false);
  };

  const send = async () => {
    if (!chosen || busy) return;
    setBusy(true);
    setError(null);
    try {
      await track(sendCode(session.challenge.challengeId, chosen.method));
      setSent({ method: chosen.method, to: chosen.masked, at: clock.now() });
      setCode('');
      setBusy(false);
    } catch (e) {
      fail(e);
    }
  };

  const verify = async () => {
    if (busy) return;
    if (code.trim() === '') {
      setError({ text: 'Enter the code we sent you.', signInAgain: false });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const cloudSession = await track(verifyCode(session.challenge.challengeId, code.trim()));
      await track(completeSignIn(cloudSession, session.password));
      endSession();
      goTo('backups');
    } catch (e) {
      fail(e);
    }
  };

  const noCode = () => {
    if (sent?.method === 'text') setTextFailed(true);
    setSent(null);
    setMethod(null);
    setError(null);
  };

  // The text is late: say why and let the user choose another way.
  if (textLate && !textFailed) {
    setTextFailed(true);
    setSent(null);
  }

  const errorBlock = error ? (
    <>
      <Alert>{error.text}</Alert>
      {error.signInAgain ? <Button onClick={() => goTo('sign-in')}>sign in again</Button> : null}
    </>
  ) : null;

  if (sent) {
    const left = Math.max(0, Math.ceil((sent.at + TEXT_WAIT_MS - now) / 1000));
    return (
      <SetupPage
        title="verify"
        buttons={
          <>
            <Button type="submit" form="setup-verify" disabled={busy}>
              next
            </Button>
            <Button onClick={noCode} disabled={busy}>
              I didn't get a code
            </Button>
          </>
        }
      >
        <StepHeading>Enter the code</StepHeading>
        <Lead>{sentTo[sent.method](sent.to)}</Lead>
        {sent.method === 'text' ? (
          <p className="m-0 mb-[6px] text-wp-normal text-subtle" aria-live="polite">
            Waiting for the text… {left} s
          </p>
        ) : null}
        <form
          id="setup-verify"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void verify();
          }}
        >
          <TextField
            label="Code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            disabled={busy}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
        </form>
        {errorBlock}
      </SetupPage>
    );
  }

  return (
    <SetupPage
      title="verify"
      buttons={
        <Button onClick={() => void send()} disabled={busy || !chosen}>
          send code
        </Button>
      }
    >
      <StepHeading>Help us protect your info</StepHeading>
      {textFailed ? <Alert>{TEXT_CANT_ARRIVE}</Alert> : null}
      <Lead>
        To restore your backup, we need to make sure it's you. How should we send you a security code?
      </Lead>
      <RadioList<ContactMethod>
        label="Send the code by"
        options={methods.map((m) => ({ value: m.method, label: `${verbs[m.method]} ${m.masked}` }))}
        value={chosen?.method ?? 'email'}
        onChange={setMethod}
      />
      {errorBlock}
    </SetupPage>
  );
}
