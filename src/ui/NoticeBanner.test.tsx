import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notices } from '../lib/notices';
import { NoticeBanner } from './NoticeBanner';

describe('NoticeBanner', () => {
  it('shows each notice as an alert with a dismiss button', async () => {
    render(<NoticeBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => notices.push({ id: 'n1', text: "The phone's saved data could not be read." }));
    expect(screen.getByRole('alert')).toHaveTextContent("The phone's saved data could not be read.");
    await userEvent.click(screen.getByRole('button', { name: 'dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
