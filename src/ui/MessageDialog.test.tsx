import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MessageDialog } from './MessageDialog';

const TEXT = "If you delete this backup, you won't be able to restore it unless you back up again.";

function Harness({
  onDelete = () => {},
  onCancel = () => {},
}: {
  onDelete?: () => void;
  onCancel?: () => void;
}) {
  const [open, setOpen] = useState(true);
  return (
    <MessageDialog
      open={open}
      title="delete backup?"
      text={TEXT}
      positive={{ label: 'delete', onClick: () => (onDelete(), setOpen(false)) }}
      negative={{ label: 'cancel', onClick: () => (onCancel(), setOpen(false)) }}
    />
  );
}

describe('MessageDialog', () => {
  it('is a dialog named by its title, the positive button on the left', () => {
    render(<Harness />);
    const dialog = screen.getByRole('dialog', { name: 'delete backup?' });
    expect(dialog).toHaveAccessibleDescription(TEXT);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['delete', 'cancel']);
  });

  it('calls the positive action and closes', async () => {
    const onDelete = vi.fn();
    render(<Harness onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: 'delete' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('treats Escape as the negative choice and keeps it from the page', async () => {
    const onCancel = vi.fn();
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    render(<Harness onCancel={onCancel} />);
    screen.getByRole('button', { name: 'cancel' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(pageKeys.mock.calls.some(([e]) => (e as KeyboardEvent).key === 'Escape')).toBe(false);
    window.removeEventListener('keydown', pageKeys);
  });

  it('without a title, is named by its text', () => {
    render(<MessageDialog open text="There was a problem." positive={{ label: 'ok', onClick: () => {} }} />);
    expect(screen.getByRole('dialog', { name: 'There was a problem.' })).toBeInTheDocument();
  });
});
