import type { ReactNode } from 'react';
import type { ContactMethod } from '../../api/schemas';
import { Button } from '../../ui/Button';
import type { RequiredField } from '../shared/useRequiredField';
import { CodeField } from '../shared/IdentityCheckFields';
import { Lead, SetupPage, StepHeading } from './SetupPage';

/** How long the phone waits for a text before saying it cannot come (emulated time). */
export const TEXT_WAIT_MS = 30_000;
export const TEXT_CANT_ARRIVE =
  "The text can't reach this phone while it's being set up. Choose call or email instead.";

const sentTo: Record<ContactMethod, (to: string) => string> = {
  text: (to) => `We sent a text with a code to ${to}.`,
  call: (to) => `We're calling ${to}. Answer, and you'll hear your code.`,
  email: (to) => `We sent an email with a code to ${to}. Read it on another device.`,
};

/**
 * `Enter the code` in setup, for the identity check and the password reset alike: where the code
 * went, the wait for a text, the `Code` box, `next` and `I didn't get a code`.
 */
export function EnterCodePage({
  title,
  formId,
  sent,
  now,
  code,
  busy,
  onVerify,
  onNoCode,
  children,
}: {
  title: string;
  formId: string;
  sent: { method: ContactMethod; to: string; at: number };
  now: number;
  code: RequiredField;
  busy: boolean;
  onVerify: () => void;
  onNoCode: () => void;
  /** Shown under the form (an error, with what it offers). */
  children?: ReactNode;
}) {
  const left = Math.max(0, Math.ceil((sent.at + TEXT_WAIT_MS - now) / 1000));
  return (
    <SetupPage
      title={title}
      buttons={
        <>
          <Button type="submit" form={formId} disabled={busy}>
            next
          </Button>
          <Button onClick={onNoCode} disabled={busy}>
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
        id={formId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onVerify();
        }}
      >
        <CodeField code={code} disabled={busy} />
      </form>
      {children}
    </SetupPage>
  );
}
