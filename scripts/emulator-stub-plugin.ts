import type { Plugin } from 'vite';
import { demoAccount } from '../src/cloud/demoAccount.ts';
import { scenarioNames } from '../src/emulator/scenarios/names.ts';
import {
  BOOT_HOOK,
  installPhoneEmulatorStub,
  phoneEmulatorMethods,
  type PhoneEmulatorMembers,
} from '../src/emulator/phoneEmulatorStub.ts';

const MARKER = '<!-- window.phoneEmulator -->';

/**
 * Puts `window.phoneEmulator` in the page before any bundle runs (src/emulator/phoneEmulatorStub.ts):
 * an inline script where index.html has the marker comment, in development and production builds.
 * The production Content-Security-Policy allows it by its hash (scripts/csp-plugin.ts).
 */
export function phoneEmulatorStub(): Plugin {
  const members: PhoneEmulatorMembers = {
    ...phoneEmulatorMethods,
    values: {
      demoAccount: { email: demoAccount.email, password: demoAccount.password },
      scenarios: scenarioNames,
    },
  };
  const code = `(${installPhoneEmulatorStub.toString()})(${JSON.stringify(members)}, ${JSON.stringify(BOOT_HOOK)});`;
  return {
    name: 'phone-emulator-stub',
    transformIndexHtml(html) {
      if (!html.includes(MARKER)) throw new Error(`index.html has no ${MARKER} for the emulator's API`);
      return html.replace(MARKER, `<script>${code}</script>`);
    },
  };
}
