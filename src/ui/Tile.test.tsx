import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Tile } from './Tile';

describe('Tile', () => {
  it('is a link named by the app, for every size', () => {
    render(
      <MemoryRouter>
        <Tile title="Settings" size="small" icon="settings" to="/settings" />
        <Tile title="Messaging" size="medium" icon="messaging" to="/messaging" />
        <Tile title="Outlook" size="wide" icon="email" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('link', { name: 'Messaging' })).toHaveClass('tile-medium');
    expect(screen.getByRole('button', { name: 'Outlook' })).toHaveClass('tile-wide');
  });

  it('shows a placeholder with its state', () => {
    render(
      <MemoryRouter>
        <Tile
          title="Wordament"
          size="medium"
          to="/store/downloads"
          placeholder={{ state: 'waiting for Wi-Fi' }}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: /^Wordament waiting for Wi-Fi/ })).toHaveAttribute(
      'href',
      '/store/downloads',
    );
  });
});
