import type { DeviceState } from '../../device/schema';
import { activePhone, updatePhone } from '../../device/store';
import { signInSession } from './signInSession';

/**
 * The out-of-box setup (SPEC section 4) as a transition table: each step, `/setup/<step>`, and the
 * events that leave it with the step each leads to. Screens move on only through `nextStep`; a
 * step opened by URL is checked by `resolveStep`.
 */
export const SETUP_FLOW = {
  language: { next: 'terms' },
  terms: { accept: 'wifi' },
  wifi: { join: 'recommended', skip: 'recommended' },
  recommended: { next: 'time' },
  time: { next: 'sign-in' },
  // `sign in later` (sign-in trouble, SPEC section 4b) goes on as `skip` does.
  'sign-in': {
    passwordAccepted: 'verify',
    skip: 'done',
    signInLater: 'done',
    forgotPassword: 'reset-password',
  },
  // `Can't access your account?`: a new password signs the phone in, as the identity check does.
  'reset-password': { reset: 'backups', cancel: 'sign-in' },
  verify: { verified: 'backups', signInAgain: 'sign-in', signInLater: 'done' },
  backups: { choose: 'messages', setUpAsNew: 'done', differentAccount: 'sign-in' },
  messages: { next: 'restoring' },
  restoring: { restoredWithAccounts: 'passwords', restored: 'done', setUpAsNew: 'done' },
  passwords: { next: 'done', skip: 'done' },
  done: {},
} as const satisfies Record<string, Record<string, string>>;

export type SetupStep = keyof typeof SETUP_FLOW;
export type SetupEvent<S extends SetupStep> = keyof (typeof SETUP_FLOW)[S];

/** Setup's steps in the order the phone goes through them. */
export const SETUP_STEPS = Object.keys(SETUP_FLOW) as SetupStep[];

export function nextStep<S extends SetupStep>(from: S, event: SetupEvent<S>): SetupStep {
  return (SETUP_FLOW[from] as Record<SetupEvent<S>, SetupStep>)[event];
}

function isSetupStep(step: unknown): step is SetupStep {
  return typeof step === 'string' && Object.hasOwn(SETUP_FLOW, step);
}
const at = (step: SetupStep) => SETUP_STEPS.indexOf(step);

/** Steps the user can no longer go back to: once signed in, and once a restore started. */
function earliestStep(phone: DeviceState): SetupStep {
  const status = phone.setup.restore?.status;
  if (status === 'applied') return 'passwords';
  if (status === 'running' || status === 'failed') return 'restoring';
  if (phone.microsoftAccount) return 'backups';
  return 'language';
}

/** Where a step that cannot be shown sends the user (a reload lost the sign-in, no backup chosen…). */
function unmet(phone: DeviceState, step: SetupStep): SetupStep | null {
  const signedIn = phone.microsoftAccount !== null;
  const restore = phone.setup.restore;
  switch (step) {
    case 'verify':
      return signedIn ? 'backups' : signInSession.getState().session ? null : 'sign-in';
    case 'reset-password':
      return signedIn ? 'backups' : null;
    case 'backups':
      return signedIn ? null : 'sign-in';
    case 'messages':
    case 'restoring':
      return restore ? null : signedIn ? 'backups' : 'sign-in';
    case 'passwords':
      return restore?.status === 'applied' ? null : 'done';
    default:
      return null;
  }
}

/**
 * The step to show for a requested one: it must lie between the earliest step still open and the
 * step setup reached (no skipping ahead by URL), and what it needs must be there.
 */
export function resolveStep(phone: DeviceState, requested: string | undefined): SetupStep {
  const reached = isSetupStep(phone.setup.step) ? phone.setup.step : 'language';
  let step: SetupStep = isSetupStep(requested) && at(requested) <= at(reached) ? requested : reached;
  if (at(step) < at(earliestStep(phone))) step = reached;
  // Follow what the step needs; each hop goes to an earlier or a final step, so this ends.
  for (let hops = 0; hops < SETUP_STEPS.length; hops++) {
    const next = unmet(phone, step);
    if (next === null) break;
    step = next;
  }
  return step;
}

/** Setup resumes here after a reload (the route gate sends an unfinished phone to it). */
export function rememberStep(step: SetupStep): void {
  if (activePhone().setup.step !== step) updatePhone((p) => ({ ...p, setup: { ...p.setup, step } }));
}
