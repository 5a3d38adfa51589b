import { completeSignIn } from '../../api/auth/linkAccount';
import { sendCode } from '../../api/auth/sendCode';
import { signIn } from '../../api/auth/signIn';
import { verifyCode } from '../../api/auth/verifyCode';
import { backUpNow } from '../../backup/backupNow';
import { restoreFromBackup } from '../../backup/restore';
import { cloudConfig } from '../../cloud/faults';
import { DEMO_ALT_EMAIL, demoAccount } from '../../cloud/demoAccount';
import { activePhone } from '../../device/store';
import { formatBytes, formatTime } from '../../lib/format';
import { chooseBackup, chooseRange, finishSetup, joinWifi } from '../../backup/setup/actions';
import { rememberStep } from '../../backup/setup/flow';
import { endSession, startSession } from '../../backup/setup/signInSession';
import { demoStore, type DemoPace } from './demoState';
import { checkpoint, DemoStopped, wait } from './pausing';
import { emailedCode, type DemoContext, type Step, type StepTools } from './steps';
import { websiteChapter } from './websiteChapter';

/**
 * The guided demo (SPEC section 6, for an audience): back up → reset → setup → restore → apps
 * reinstalling, each step with a caption. It drives the real app (the backup and restore engines,
 * the cloud's sign-in with the emailed code, the phone's own screens), at a pace people can follow
 * or, for tests, as fast as the phone goes. It can be paused and stopped between steps.
 */

interface Timing {
  /** How long each step stays on screen once done. */
  stepMs: number;
  /** A shorter beat inside a step (a screen shown before something happens on it). */
  beatMs: number;
  /** Cloud latency during the demo, so progress bars are visible. */
  latencyMs: number;
  /** Apps reinstalling: emulated time per tick, and real time between ticks. */
  downloadAdvanceMs: number;
  downloadTickMs: number;
}

function demoTiming(pace: DemoPace): Timing {
  if (pace === 'fast') {
    return { stepMs: 0, beatMs: 0, latencyMs: 0, downloadAdvanceMs: 3_600_000, downloadTickMs: 0 };
  }
  // `watch`: about 45 s in all (16 steps), under the minute even on a busy machine.
  const stepMs = pace === 'watch' ? 1800 : pace;
  return {
    stepMs,
    beatMs: Math.round(stepMs * 0.45),
    latencyMs: Math.min(200, Math.round(stepMs / 8)),
    downloadAdvanceMs: 20_000,
    downloadTickMs: Math.round(stepMs * 0.35),
  };
}

const PHONE_ID = () => activePhone().identity.deviceId;

const steps: Step[] = [
  {
    caption: 'A phone in daily use: signed in with a Microsoft account, with apps, texts and calls.',
    run: (s) => s.go('/start'),
  },
  {
    caption: 'settings › backup: apps+settings, text messages and photos+videos each back up to OneDrive.',
    run: (s) => s.go('/settings/backup'),
  },
  {
    caption: 'Back up now: the app list, Start screen, theme, accounts and app data go up to OneDrive…',
    async run(s) {
      await s.go('/settings/backup/apps-settings');
      await s.beat();
      const outcome = await backUpNow('manual');
      s.say(`Backed up at ${formatTime(outcome.createdAt)}: ${formatBytes(outcome.sizeBytes)} in OneDrive.`);
    },
  },
  {
    caption: 'Resetting the phone: everything on it is erased. The backup stays in the cloud.',
    async run(s) {
      await s.go('/settings/about');
      await s.beat();
      await s.emulator.resetPhone();
    },
  },
  {
    caption: 'Setup starts as on a phone out of the box: the language, then the terms of use.',
    async run(s) {
      await s.setupStep('language');
      await s.beat();
      await s.setupStep('terms');
    },
  },
  {
    caption: 'Joining the HomeNet Wi-Fi network: restored apps download over Wi-Fi only.',
    async run(s) {
      await s.setupStep('wifi');
      await s.beat();
      joinWifi('HomeNet', true);
      await s.setupStep('recommended');
    },
  },
  {
    caption: 'The recommended settings, then the time zone and date.',
    async run(s) {
      await s.beat();
      await s.setupStep('time');
    },
  },
  {
    caption: `Keep your life in sync: signing in as ${demoAccount.email}.`,
    async run(s) {
      await s.setupStep('sign-in');
      await s.beat();
      const challenge = await signIn(demoAccount.email, demoAccount.password);
      startSession({ email: demoAccount.email, password: demoAccount.password, challenge });
      s.memo.challenge = challenge;
      await s.setupStep('verify');
    },
  },
  {
    caption: `Proving it's you: a code goes by email to ${DEMO_ALT_EMAIL}, read on another device.`,
    async run(s) {
      const challenge = s.memo.challenge;
      if (!challenge) throw new Error('the sign-in did not start');
      await sendCode(challenge.challengeId, 'email');
      const code = await emailedCode();
      s.say(`The code ${code} arrived by email (see the inbox in the panel). Entering it…`);
      await s.beat();
      const session = await verifyCode(challenge.challengeId, code);
      await completeSignIn(session, demoAccount.password);
      endSession();
    },
  },
  {
    caption: "Finding backups: this account's backups, newest first.",
    run: (s) => s.setupStep('backups'),
  },
  {
    caption: 'Restoring the Lumia 930 backup, with text messages from any time…',
    async run(s) {
      const deviceId = PHONE_ID();
      chooseBackup(deviceId);
      await s.go('/setup/messages');
      await s.beat();
      chooseRange('any');
      // Started before the screen shows, so the screen follows it rather than starting its own.
      const restoring = restoreFromBackup({ deviceId, range: 'any' });
      await s.go('/setup/restoring');
      const summary = await restoring;
      s.say(`Restored: ${summary.restored.slice(0, 4).join(', ')}…`);
    },
  },
  {
    caption: 'The account passwords came back too: the identity check gave this phone the key to them.',
    run: (s) => s.setupStep('passwords'),
  },
  {
    caption:
      "All done: what came back, and what didn't (Wi-Fi networks, Data Sense; photos stay in OneDrive).",
    run: (s) => s.setupStep('done'),
  },
  {
    caption: 'Start shows the restored tiles, theme and accent at once. The apps come back as placeholders.',
    async run(s) {
      finishSetup();
      await s.go('/start');
    },
  },
  {
    caption: 'store › downloads: the apps reinstall by themselves, in the background, over Wi-Fi.',
    async run(s) {
      await s.go('/store/downloads');
      const t = demoTiming(s.pace);
      for (
        let tick = 0;
        tick < 100 && !activePhone().apps.every((a) => a.installState === 'installed');
        tick++
      ) {
        await wait(t.downloadTickMs);
        await s.emulator.clock.advance(t.downloadAdvanceMs);
      }
    },
  },
  {
    caption: 'The phone is back as it was before the reset. That is the end of the demo.',
    run: (s) => s.go('/start'),
  },
];

/** The steps in order; the website chapter, when asked for, follows the backup. */
function demoSteps(website: boolean): Step[] {
  if (!website) return steps;
  const backedUp = steps.findIndex((s) => s.caption.startsWith('Back up now'));
  return [...steps.slice(0, backedUp + 1), ...websiteChapter, ...steps.slice(backedUp + 1)];
}

/** Runs the demo from the start; see PhoneEmulator.runDemo. */
export async function runDemoScript(ctx: DemoContext): Promise<'done' | 'stopped'> {
  const t = demoTiming(ctx.pace);
  const steps = demoSteps(ctx.website);
  const say = (caption: string) => demoStore.setState({ caption });
  demoStore.setState({
    phase: 'running',
    caption: 'Loading a used phone…',
    step: 0,
    total: steps.length,
    pace: ctx.pace,
    error: null,
  });
  let latencyAfter = cloudConfig.latencyMs;
  try {
    await ctx.emulator.loadScenario('used-phone');
    latencyAfter = cloudConfig.latencyMs;
    cloudConfig.setLatency(t.latencyMs);
    const tools: StepTools = {
      ...ctx,
      say,
      beat: () => wait(t.beatMs),
      async setupStep(step) {
        rememberStep(step);
        await ctx.go(`/setup/${step}`);
      },
      memo: {},
    };
    for (const [i, step] of steps.entries()) {
      await checkpoint();
      demoStore.setState({ step: i + 1, caption: step.caption });
      await step.run(tools);
      await wait(t.stepMs);
    }
    demoStore.setState({ phase: 'done' });
    return 'done';
  } catch (e) {
    if (e instanceof DemoStopped) {
      demoStore.setState({
        phase: 'stopped',
        caption: 'Demo stopped. The phone stays where the demo left it.',
      });
      return 'stopped';
    }
    const message = e instanceof Error ? e.message : String(e);
    demoStore.setState({
      phase: 'failed',
      error: message,
      caption: `The demo stopped because a step failed: ${message}`,
    });
    throw new Error(`The guided demo failed at step ${demoStore.getState().step}: ${message}`, { cause: e });
  } finally {
    cloudConfig.setLatency(latencyAfter);
  }
}
