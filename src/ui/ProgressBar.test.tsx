import { render, screen } from '@testing-library/react';
import { IndeterminateProgress, ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('is a determinate progressbar with its value and the percentage as text', () => {
    render(<ProgressBar value={42.4} label="backing up" />);
    const bar = screen.getByRole('progressbar', { name: 'backing up' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByText('42%')).toBeInTheDocument();
  });

  it('clamps the value', () => {
    render(<ProgressBar value={140} label="x" />);
    expect(screen.getByRole('progressbar', { name: 'x' })).toHaveAttribute('aria-valuenow', '100');
  });
});

describe('IndeterminateProgress', () => {
  it('is a progressbar without a value, five dots', () => {
    const { container } = render(<IndeterminateProgress label="Finding backups…" />);
    const bar = screen.getByRole('progressbar', { name: 'Finding backups…' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(container.querySelectorAll('span')).toHaveLength(5);
  });
});
