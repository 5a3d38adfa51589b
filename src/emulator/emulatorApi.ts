import { endLeftSessions } from '../api/auth/signOut';
import { cloudReady } from '../api/cloudReady';
import { queryClient } from '../api/queryClient';
import type { PhoneRouter } from '../app/routes';
import { readDeliveries } from '../cloud/inbox';
import { cloudConfig } from '../cloud/faults';
import { demoAccount } from '../cloud/demoAccount';
import { clock, environmentStore, setBatteryLevel, setNetwork, setPower } from '../device/environment';
import { resetPhone } from '../device/reset';
import { isTimeMs } from '../lib/bounds';
import { deviceStore, phoneById } from '../device/store';
import { chooseMotion } from '../lib/motion';
import { whenBooted } from './bootState';
import { demoActive, demoStore, pauseDemo, resumeDemo, stopDemo } from './demo/demoState';
import { runJob } from './jobs';
import type { PhoneEmulator } from './phoneEmulator';
import { scenarioNames } from './scenarios/names';
import { settled, untilIdle } from './settled';

/**
 * After a change: the route gate runs again on the current page (or `path`), so the phone shows
 * what it should (setup after a reset, another phone's screen), and the phone settles.
 */
async function settleAt(router: PhoneRouter, path?: string): Promise<void> {
  await whenBooted();
  await router.navigate(path ?? `${location.pathname}${location.search}`, { replace: true });
  await settled(router);
}

/** After the surroundings change, the phone does what it would: background backups, downloads. */
async function afterEnvironmentChange(router: PhoneRouter): Promise<void> {
  const { runScheduledBackups } = await import('../backup/autoBackup');
  await runJob(runScheduledBackups());
  await settleAt(router);
}

export function createPhoneEmulator(router: PhoneRouter): PhoneEmulator {
  const api: PhoneEmulator = {
    async ready() {
      await whenBooted();
      try {
        await cloudReady;
      } catch (e) {
        throw new Error(
          `The simulated cloud could not start: ${e instanceof Error ? e.message : String(e)}`,
          { cause: e },
        );
      }
      // Nothing changed the phone here: the gate has already routed it, so wait, don't re-route.
      await settled(router);
    },
    async loadScenario(name) {
      await whenBooted();
      const { applyScenario } = await import('./scenarios/apply');
      await applyScenario(name);
      await settleAt(router, location.pathname);
    },
    scenarios: scenarioNames,
    async resetPhone() {
      await whenBooted();
      resetPhone();
      queryClient.clear();
      await runJob(endLeftSessions());
      await settleAt(router, '/');
    },
    async setNetwork(n) {
      if (!['wifi', 'cellular', 'offline'].includes(n))
        throw new Error(`Unknown network "${n}": use wifi, cellular or offline.`);
      setNetwork(n);
      await afterEnvironmentChange(router);
    },
    async setPower(p) {
      if (!['plugged', 'battery'].includes(p))
        throw new Error(`Unknown power "${p}": use plugged or battery.`);
      setPower(p);
      await afterEnvironmentChange(router);
    },
    async setBatteryLevel(percent) {
      if (!Number.isFinite(percent) || percent < 0 || percent > 100)
        throw new Error('setBatteryLevel takes a percentage from 0 to 100.');
      setBatteryLevel(percent);
      await afterEnvironmentChange(router);
    },
    clock: {
      now: () => clock.now(),
      async set(epochMs) {
        if (!isTimeMs(epochMs))
          throw new Error('clock.set takes a time in milliseconds since 1970, up to the end of year 9999.');
        clock.set(epochMs);
        await afterEnvironmentChange(router);
      },
      async advance(ms) {
        if (!Number.isFinite(ms) || ms < 0 || !isTimeMs(clock.now() + ms))
          throw new Error(
            'clock.advance takes a number of milliseconds, 0 or more, up to the end of year 9999.',
          );
        clock.advance(ms);
        await afterEnvironmentChange(router);
      },
      async pause() {
        clock.pause();
        await settleAt(router);
      },
      async resume() {
        clock.resume();
        await afterEnvironmentChange(router);
      },
      running: () => environmentStore.getState().clock.running,
    },
    setLatency: (ms) => cloudConfig.setLatency(ms),
    latency: () => cloudConfig.latencyMs,
    injectFault: (f) => cloudConfig.inject(f),
    faults: () => cloudConfig.faults().map((f) => ({ ...f })),
    removeFault: (id) => cloudConfig.clear(id),
    clearFaults: () => cloudConfig.clear(),
    async setMotion(m) {
      chooseMotion(m);
      await settled(router);
    },
    inbox: () => readDeliveries(),
    demoAccount: { email: demoAccount.email, password: demoAccount.password },
    exportState: async (options) => (await import('./exportState')).exportState(options),
    async importState(json) {
      await (await import('./exportState')).importState(json);
      await settleAt(router, location.pathname);
    },
    phones() {
      const { activePhoneId, phones } = deviceStore.getState();
      return Object.values(phones).map((p) => ({
        deviceId: p.identity.deviceId,
        model: p.identity.model,
        phoneName: p.identity.phoneName,
        setUp: p.setup.complete,
        active: p.identity.deviceId === activePhoneId,
      }));
    },
    async switchPhone(deviceId) {
      await whenBooted();
      const state = deviceStore.getState();
      const { activePhoneId, phones } = state;
      if (!phoneById(state, deviceId)) {
        throw new Error(
          `There is no phone "${deviceId}". The phones are: ${Object.keys(phones).join(', ')}.`,
        );
      }
      if (deviceId !== activePhoneId) {
        // What the shown phone is doing (a backup, a restore) finishes on that phone first.
        await untilIdle(router);
        deviceStore.setState({ activePhoneId: deviceId });
        // Cloud answers cached for the other phone (its account, its backups) must not show here.
        queryClient.clear();
      }
      // The root gate sends the phone to Start, or to its setup step.
      await settleAt(router, '/');
    },
    async runDemo(options = {}) {
      if (demoActive()) throw new Error('The guided demo is already running: stop it first (stopDemo()).');
      const pace = options.pace ?? 'watch';
      if (
        pace !== 'watch' &&
        pace !== 'fast' &&
        !(typeof pace === 'number' && Number.isFinite(pace) && pace >= 0)
      ) {
        throw new Error('runDemo takes { pace: "watch" | "fast" | milliseconds per step }.');
      }
      if (options.website !== undefined && typeof options.website !== 'boolean')
        throw new Error('runDemo takes { website: true } for the account website chapter.');
      await api.ready();
      const { runDemoScript } = await import('./demo/script');
      const outcome = await runDemoScript({
        pace,
        website: options.website ?? false,
        emulator: api,
        go: (path) => settleAt(router, path),
      });
      await settleAt(router);
      return outcome;
    },
    pauseDemo,
    resumeDemo,
    stopDemo,
    demoStatus: () => ({ ...demoStore.getState() }),
  };
  return api;
}
