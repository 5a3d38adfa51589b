/**
 * The types of `window.phoneEmulator` for the end-to-end tests. The contract is written once, in
 * src/emulator/phoneEmulator.ts (SPEC section 6): the tests use the app's own declaration.
 */
import type { ScenarioName as KnownScenario } from '../src/emulator/phoneEmulator';

export type {
  ActiveFault,
  DemoPace,
  DemoStatus,
  FaultError,
  FaultKind,
  FaultSpec,
  InboxItem,
  Motion,
  NetworkMode,
  PhoneEmulator,
  PhoneInfo,
  PowerMode,
} from '../src/emulator/phoneEmulator';
export type { KnownScenario };
/** Any scenario name, so that a test can try an unknown one; the known ones autocomplete. */
export type ScenarioName = KnownScenario | (string & {});
