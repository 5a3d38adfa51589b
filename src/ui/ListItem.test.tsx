import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Button } from './Button';
import { LinkItem, ListItem } from './ListItem';

describe('ListItem', () => {
  it('is a link whose name starts with the title, the state under it', () => {
    render(
      <MemoryRouter>
        <LinkItem title="apps+settings" state="backup on" to="/settings/backup/apps-settings" />
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: /^apps\+settings/ });
    expect(link).toHaveAttribute('href', '/settings/backup/apps-settings');
    expect(link).toHaveAccessibleName('apps+settings backup on');
  });

  it('is a button with onClick and no route, plain text otherwise', async () => {
    const onClick = vi.fn();
    render(
      <MemoryRouter>
        <ListItem title="Wordament" state="waiting for Wi-Fi" onClick={onClick} />
        <ListItem title="plain" />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: /^Wordament/ }));
    expect(onClick).toHaveBeenCalled();
    expect(screen.getByText('plain').closest('a, button')).toBeNull();
  });
});

describe('Button', () => {
  it('is a button with its text as given', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>back up now</Button>);
    const button = screen.getByRole('button', { name: 'back up now' });
    expect(button).toHaveAttribute('type', 'button');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalled();
  });
});
