import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListPicker } from './ListPicker';
import { RadioList } from './RadioList';

const photoOptions = [
  { value: 'off', label: "don't upload" },
  { value: 'good', label: 'good quality' },
  { value: 'best', label: 'best quality' },
] as const;

describe('RadioList', () => {
  it('is a radiogroup named by its label, with a radio per option', async () => {
    const onChange = vi.fn();
    render(<RadioList label="Photos" options={photoOptions} value="off" onChange={onChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Photos' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: "don't upload" })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'best quality' }));
    expect(onChange).toHaveBeenCalledWith('best');
  });

  it('names grid options (swatches) by their label', async () => {
    const onChange = vi.fn();
    render(
      <RadioList
        label="Accent color"
        layout="grid"
        options={[
          { value: 'cyan', label: 'cyan', swatch: '#1BA1E2' },
          { value: 'lime', label: 'lime', swatch: '#A4C400' },
        ]}
        value="cyan"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Accent color' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'lime' }));
    expect(onChange).toHaveBeenCalledWith('lime');
  });
});

describe('ListPicker', () => {
  it('is a combobox named by its label', async () => {
    const onChange = vi.fn();
    render(
      <ListPicker
        label="Background"
        options={[
          { value: 'dark', label: 'dark' },
          { value: 'light', label: 'light' },
        ]}
        value="dark"
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Background' });
    expect(select).toHaveValue('dark');
    await userEvent.selectOptions(select, 'light');
    expect(onChange).toHaveBeenCalledWith('light');
  });
});
