import type { SignInChallenge } from '../../api/schemas';
import type { SetupStep } from '../../backup/setup/flow';
import { readDeliveries } from '../../cloud/inbox';
import { DEMO_ALT_EMAIL } from '../../cloud/demoAccount';
import type { PhoneEmulator } from '../phoneEmulator';
import type { DemoPace } from './demoState';

/** What the guided demo's steps (script.ts, websiteChapter.ts) are made of. */

export interface DemoContext {
  pace: DemoPace;
  /** With the chapter that shows the account website. */
  website: boolean;
  emulator: PhoneEmulator;
  /** Shows `path` on the phone; resolves once it has rendered and the phone settled. */
  go(path: string): Promise<void>;
}

export interface Step {
  caption: string;
  run(s: StepTools): Promise<void>;
}

export interface StepTools extends DemoContext {
  /** Replaces the caption while the step goes on. */
  say(caption: string): void;
  beat(): Promise<void>;
  /** Moves setup on to `step` (as its buttons do) and shows it. */
  setupStep(step: SetupStep): Promise<void>;
  memo: { challenge?: SignInChallenge };
}

/** The code the cloud just emailed to the demo account's other address (the panel's inbox). */
export async function emailedCode(): Promise<string> {
  const code = (await readDeliveries()).find((d) => d.channel === 'email' && d.to === DEMO_ALT_EMAIL)?.code;
  if (!code) throw new Error('the code did not arrive in the inbox');
  return code;
}
