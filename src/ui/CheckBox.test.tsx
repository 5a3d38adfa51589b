import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckBox } from './CheckBox';

describe('CheckBox', () => {
  it('is a native checkbox named by its label', async () => {
    const onChange = vi.fn();
    render(<CheckBox label="settings backup" checked={false} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'settings backup' });
    expect(box).not.toBeChecked();
    await userEvent.click(screen.getByText('settings backup'));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('can be disabled and checked, with a description', () => {
    render(
      <CheckBox
        label="Using 1.11 MB / 28 GB from OneDrive"
        checked
        disabled
        onChange={() => {}}
        description="storage"
      />,
    );
    const box = screen.getByRole('checkbox', { name: 'Using 1.11 MB / 28 GB from OneDrive' });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription('storage');
  });
});
