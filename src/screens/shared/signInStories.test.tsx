/**
 * Issue #20 on the phone's screens, with the one door to the cloud (cloudRequest) mocked: the
 * sign-in trouble of setup, and `Create a new password` refusing a blank, short or current
 * password beside its field (the cloud is asked only about the last).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cloudRequest } from '../../api/client';
import { ApiError } from '../../api/errors';
import { PasswordReset } from '../email-accounts/PasswordReset';
import { SignInStep } from '../setup/SignInStep';

vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  cloudRequest: vi.fn(),
}));

const asked = (path: string) => vi.mocked(cloudRequest).mock.calls.filter(([p]) => p === path);
const show = (ui: ReactElement, state?: unknown) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[{ pathname: '/', state }]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  vi.mocked(cloudRequest).mockReset();
});

describe('setup sign-in: trouble other than a wrong password', () => {
  type Failure = [status: number, code: string, message: string];
  async function signInFailingWith([status, code, message]: Failure) {
    vi.mocked(cloudRequest).mockImplementation(() => Promise.reject(new ApiError(status, code, message)));
    show(<SignInStep />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'demo@outlook.com');
    await userEvent.type(screen.getByLabelText('Password', { selector: 'input' }), 'Lumia-930');
    await userEvent.click(button('sign in'));
  }

  it.each([
    ['offline', [0, 'offline', "You're offline."]],
    ['a timeout', [0, 'timeout', 'The cloud took too long to answer.']],
    ['a server error', [500, 'server-error', 'The service had a problem.']],
    ['an unreadable answer', [200, 'bad-response', 'The cloud sent an answer…']],
  ] satisfies [string, Failure][])(
    '%s: "We couldn\'t sign you in right now." with try again and sign in later',
    async (_what, error) => {
      await signInFailingWith(error);
      expect(await screen.findByRole('alert')).toHaveTextContent(/^We couldn't sign you in right now\.$/);
      expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['try again', 'sign in later']);
      await userEvent.click(button('try again'));
      expect(asked('/api/auth/sign-in')).toHaveLength(2);
    },
  );

  it.each([
    ['a wrong password', [401, 'wrong-password', "That Microsoft account doesn't exist."]],
    ['a lock after wrong passwords', [423, 'locked', 'Too many wrong passwords.']],
  ] satisfies [string, Failure][])(
    '%s: the cloud’s own message, and sign in or skip as before',
    async (_what, error) => {
      await signInFailingWith(error);
      expect(await screen.findByRole('alert')).toHaveTextContent(error[2]);
      expect(screen.queryByRole('button', { name: 'sign in later' })).toBeNull();
      expect(button('skip')).toBeEnabled();
    },
  );
});

describe('Create a new password', () => {
  const reset = { resetId: 'rst-1', methods: [{ method: 'email', masked: 'de*****@hotmail.com' }] };

  async function atNewPassword() {
    vi.mocked(cloudRequest).mockImplementation((path) => {
      if (path === '/api/auth/password-reset') return Promise.resolve(reset);
      if (path === '/api/auth/password-reset/complete')
        return Promise.reject(
          new ApiError(400, 'same-password', "Your new password can't be the same as your current one."),
        );
      return Promise.resolve(undefined);
    });
    show(<PasswordReset onSignedIn={vi.fn()} onCancel={vi.fn()} />, { email: 'demo@outlook.com' });
    // The address typed at sign-in came along.
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('demo@outlook.com');
    await userEvent.click(button('next'));
    await userEvent.click(await screen.findByRole('button', { name: 'send code' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Code' }), '123456');
    await userEvent.click(button('next'));
    expect(await screen.findByRole('heading', { name: 'Create a new password' })).toBeVisible();
    return screen.getByLabelText('New password', { selector: 'input' });
  }

  it.each([
    ['blank', '', 'Enter a new password.'],
    ['white space only', '\u00a0\u3000   ', 'Enter a new password.'],
    ['seven characters', 'Lumia93', 'Your new password needs at least 8 characters.'],
    ['seven emoji', '📱📱📱📱📱📱📱', 'Your new password needs at least 8 characters.'],
  ])('refuses a %s one beside the field, focuses it, and asks nothing', async (_what, typed, message) => {
    const box = await atNewPassword();
    if (typed) await userEvent.type(box, typed);
    await userEvent.click(button('next'));
    expect(box).toHaveAccessibleDescription(message);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveFocus();
    expect(asked('/api/auth/password-reset/complete')).toEqual([]);
  });

  it('shows the cloud’s refusal of the current password beside the field, not above it', async () => {
    const box = await atNewPassword();
    await userEvent.type(box, 'Lumia-930');
    await userEvent.click(button('next'));
    expect(asked('/api/auth/password-reset/complete')).toHaveLength(1);
    await vi.waitFor(() =>
      expect(box).toHaveAccessibleDescription("Your new password can't be the same as your current one."),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.type(box, 'x');
    expect(box).not.toHaveAttribute('aria-invalid');
  });
});
