import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ToggleSwitch } from './ToggleSwitch';

function Controlled({ disabled = false }: { disabled?: boolean }) {
  const [on, setOn] = useState(false);
  return (
    <ToggleSwitch
      label="Settings backup"
      checked={on}
      onChange={setOn}
      disabled={disabled}
      description="backs up your settings"
    />
  );
}

describe('ToggleSwitch', () => {
  it('is a switch named exactly by its label, On/Off outside the name', async () => {
    render(<Controlled />);
    const toggle = screen.getByRole('switch', { name: 'Settings backup' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(toggle).toHaveAccessibleDescription('backs up your settings');
    expect(screen.getByText('Off')).toBeVisible();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('On')).toBeVisible();
    expect(screen.getByRole('switch', { name: 'Settings backup' })).toBe(toggle);
  });

  it('toggles from the label and the keyboard', async () => {
    render(<Controlled />);
    await userEvent.click(screen.getByText('Settings backup'));
    const toggle = screen.getByRole('switch', { name: 'Settings backup' });
    expect(toggle).toBeChecked();
    toggle.focus();
    await userEvent.keyboard(' ');
    expect(toggle).not.toBeChecked();
  });

  it('does nothing when disabled', async () => {
    const onChange = vi.fn();
    render(<ToggleSwitch label="App backup" checked={false} onChange={onChange} disabled />);
    const toggle = screen.getByRole('switch', { name: 'App backup' });
    expect(toggle).toBeDisabled();
    await userEvent.click(toggle);
    expect(onChange).not.toHaveBeenCalled();
  });
});
