import type { ComponentType } from 'react';
import { useParams } from 'react-router';
import type { SetupStep } from '../../backup/setup/flow';
import { BackupsStep, MessagesStep } from './BackupsStep';
import { DoneStep } from './DoneStep';
import { LanguageStep, RecommendedStep, TermsStep, TimeStep } from './IntroSteps';
import { PasswordsStep } from './PasswordsStep';
import { ResetPasswordStep } from './ResetPasswordStep';
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
  'reset-password': ResetPasswordStep,
  verify: VerifyStep,
  backups: BackupsStep,
  messages: MessagesStep,
  restoring: RestoringStep,
  passwords: PasswordsStep,
  done: DoneStep,
};

/** `/setup/:step`: the route gate (app/routes.tsx) lets only the step setup may be at through. */
export function Component() {
  const { step } = useParams();
  const Step = STEPS[step as SetupStep];
  // Keyed so that each step starts with fresh state.
  return Step ? <Step key={step} /> : null;
}
