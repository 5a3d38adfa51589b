import type { ComponentType } from 'react';
import { redirect, useParams, type LoaderFunctionArgs } from 'react-router';
import { activePhone } from '../../device/store';
import { phoneReady } from '../../emulator/bootState';
import { BackupsStep, MessagesStep } from './BackupsStep';
import { DoneStep } from './DoneStep';
import { rememberStep, resolveStep, type SetupStep } from './flow';
import { LanguageStep, RecommendedStep, TermsStep, TimeStep } from './IntroSteps';
import { PasswordsStep } from './PasswordsStep';
import { RestoringStep } from './RestoringStep';
import { SignInStep } from './SignInStep';
import { VerifyStep } from './VerifyStep';
import { WifiStep } from './WifiStep';

const STEPS: Record<SetupStep, ComponentType> = {
  language: LanguageStep,
  terms: TermsStep,
  wifi: WifiStep,
  recommended: RecommendedStep,
  time: TimeStep,
  'sign-in': SignInStep,
  verify: VerifyStep,
  backups: BackupsStep,
  messages: MessagesStep,
  restoring: RestoringStep,
  passwords: PasswordsStep,
  done: DoneStep,
};

/**
 * `/setup/:step`: shows a step only when setup may be there (no jumping ahead, no going back past
 * sign-in or a started restore, nothing missing), and remembers it so a reload resumes there.
 * The root gate has already sent a set-up phone to Start.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  await phoneReady;
  const phone = activePhone();
  if (phone.setup.complete) return null;
  const step = resolveStep(phone, params.step);
  if (step !== params.step) return redirect(`/setup/${step}`);
  rememberStep(step);
  return null;
}

export function Component() {
  const { step } = useParams();
  const Step = STEPS[step as SetupStep];
  // The loader only lets known steps through; keyed so each step starts with fresh state.
  return Step ? <Step key={step} /> : null;
}
