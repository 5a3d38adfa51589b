/**
 * Issue #6, hostile input 12 on the phone: a blank or white-space-only email, password or code is
 * refused beside its field, focus goes to it, and the cloud is never asked. The one door to the
 * cloud (cloudRequest) is mocked so that "never asked" is a call count.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cloudRequest } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { SignInChallenge } from '../../api/schemas';
import { IdentityCheck } from '../email-accounts/IdentityCheck';
import { SignInForm } from '../email-accounts/SignInForm';
import { endSession, startSession } from '../../backup/setup/signInSession';
import { SignInStep } from '../setup/SignInStep';
import { VerifyStep } from '../setup/VerifyStep';

vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  cloudRequest: vi.fn(),
}));
/** The calls that reached the cloud at `path`. */
const asked = (path: string) => vi.mocked(cloudRequest).mock.calls.filter(([p]) => p === path);

const challenge: SignInChallenge = {
  challengeId: 'chl-1',
  methods: [{ method: 'email', masked: 'de•••@hotmail.com' }],
};
// Ordinary, no-break, ideographic spaces, a tab and a new line: all blank.
const BLANKS = ['', '   ', '\u00a0\u00a0', '\u3000', '\t\n'];
const EMAIL = 'Enter your Microsoft account email address.';
const PASSWORD = 'Enter your password.';
const CODE = 'Enter the code we sent you.';

const signInScreens: [string, () => ReactElement][] = [
  ['setup sign-in', () => <SignInStep />],
  ['email+accounts sign-in', () => <SignInForm onChallenge={vi.fn()} />],
];
const codeScreens: [string, () => ReactElement][] = [
  [
    'setup verify',
    () => {
      startSession({ email: 'demo@outlook.com', password: 'pw', challenge });
      return <VerifyStep />;
    },
  ],
  [
    'email+accounts identity check',
    () => <IdentityCheck challenge={challenge} password="pw" onVerified={vi.fn()} />,
  ],
];

const show = (screenOf: () => ReactElement) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{screenOf()}</MemoryRouter>
    </QueryClientProvider>,
  );
const emailBox = () => screen.getByRole('textbox', { name: 'Email address' });
const passwordBox = () => screen.getByLabelText('Password', { selector: 'input' });
const codeBox = () => screen.getByRole('textbox', { name: 'Code' });
/** Types into a box; user-event cannot type an empty string, so that case just clears it. */
async function typeInto(box: HTMLElement, text: string) {
  await userEvent.clear(box);
  if (text) await userEvent.type(box, text);
}

beforeEach(() => {
  vi.mocked(cloudRequest)
    .mockReset()
    .mockImplementation((path) => {
      if (path === '/api/auth/sign-in') return Promise.reject(new ApiError(401, 'wrong-password', 'wrong'));
      if (path === '/api/auth/verify') return Promise.reject(new ApiError(400, 'wrong-code', 'wrong code'));
      return Promise.resolve(undefined);
    });
  endSession();
});

describe.each(signInScreens)('%s', (_name, screenOf) => {
  it.each(BLANKS)('refuses the email %j beside the field, focuses it, and asks nothing', async (blank) => {
    show(screenOf);
    await typeInto(emailBox(), blank);
    await userEvent.type(passwordBox(), 'a password');
    await userEvent.click(screen.getByRole('button', { name: 'sign in' }));
    expect(emailBox()).toHaveAccessibleDescription(EMAIL);
    expect(emailBox()).toHaveAttribute('aria-invalid', 'true');
    expect(emailBox()).toHaveFocus();
    expect(passwordBox()).not.toHaveAttribute('aria-invalid');
    expect(asked('/api/auth/sign-in')).toEqual([]);
  });

  it.each(BLANKS)('refuses the password %j the same way', async (blank) => {
    show(screenOf);
    await userEvent.type(emailBox(), 'demo@outlook.com');
    await typeInto(passwordBox(), blank);
    await userEvent.click(screen.getByRole('button', { name: 'sign in' }));
    expect(passwordBox()).toHaveAccessibleDescription(PASSWORD);
    expect(passwordBox()).toHaveFocus();
    expect(emailBox()).not.toHaveAttribute('aria-invalid');
    expect(asked('/api/auth/sign-in')).toEqual([]);
  });

  it('with both blank, names both and focuses the email; typing clears the message', async () => {
    show(screenOf);
    await userEvent.click(screen.getByRole('button', { name: 'sign in' }));
    expect(emailBox()).toHaveAccessibleDescription(EMAIL);
    expect(passwordBox()).toHaveAccessibleDescription(PASSWORD);
    expect(emailBox()).toHaveFocus();
    await userEvent.type(emailBox(), 'd');
    expect(emailBox()).not.toHaveAttribute('aria-invalid');
    expect(asked('/api/auth/sign-in')).toEqual([]);
  });

  it('sends a filled-in sign-in, the address trimmed and the password as typed', async () => {
    show(screenOf);
    await userEvent.type(emailBox(), '  demo@outlook.com ');
    await userEvent.type(passwordBox(), ' pass word ');
    await userEvent.click(screen.getByRole('button', { name: 'sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('wrong');
    expect(asked('/api/auth/sign-in').map(([, options]) => options?.body)).toEqual([
      { email: 'demo@outlook.com', password: ' pass word ' },
    ]);
  });
});

describe.each(codeScreens)('%s', (_name, screenOf) => {
  const codeShown = async () => {
    show(screenOf);
    await userEvent.click(screen.getByRole('button', { name: 'send code' }));
    return screen.findByRole('textbox', { name: 'Code' });
  };

  it.each(BLANKS)('refuses the code %j beside the field, focuses it, and asks nothing', async (blank) => {
    await codeShown();
    await typeInto(codeBox(), blank);
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(codeBox()).toHaveAccessibleDescription(CODE);
    expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
    expect(codeBox()).toHaveFocus();
    expect(asked('/api/auth/verify')).toEqual([]);
  });

  it("sends a typed code, trimmed, and shows the cloud's answer instead of the field message", async () => {
    await codeShown();
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(codeBox()).toHaveAccessibleDescription(CODE);
    await userEvent.type(codeBox(), ' 123456 ');
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('wrong code');
    expect(codeBox()).not.toHaveAttribute('aria-invalid');
    expect(asked('/api/auth/verify').map(([, options]) => options?.body)).toEqual([
      { challengeId: 'chl-1', code: '123456' },
    ]);
  });
});
