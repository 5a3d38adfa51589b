import { render, screen } from '@testing-library/react';
import { TextField } from './TextField';

describe('TextField', () => {
  it('is named by its label and, without an error, is neither invalid nor described', () => {
    render(<TextField label="Email address" defaultValue="" />);
    const box = screen.getByRole('textbox', { name: 'Email address' });
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAttribute('aria-describedby');
  });

  it('ties an error to the box: invalid, described by the message, shown under it', () => {
    render(<TextField label="Code" defaultValue="" error="Enter the code we sent you." />);
    const box = screen.getByRole('textbox', { name: 'Code' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Enter the code we sent you.');
    expect(screen.getByText('Enter the code we sent you.')).toBeVisible();
  });

  it("keeps the caller's own description beside the error", () => {
    render(
      <>
        <p id="hint">Six digits.</p>
        <TextField label="Code" defaultValue="" aria-describedby="hint" error="Enter the code we sent you." />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(
      'Six digits. Enter the code we sent you.',
    );
  });
});
