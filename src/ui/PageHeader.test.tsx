import { render, screen } from '@testing-library/react';
import { PageHeader } from './PageHeader';
import { Page } from './Page';

describe('PageHeader', () => {
  it('shows the app title upper case and the page title as a lower-case h1', () => {
    render(<PageHeader app="Settings" title="Backup" />);
    expect(screen.getByText('SETTINGS')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'backup' })).toBeInTheDocument();
  });

  it('is the top of a Page, with the content and the app bar after it', () => {
    render(
      <Page app="SETTINGS" title="theme" appBar={<div>bar</div>}>
        <p>content</p>
      </Page>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'theme' })).toBeInTheDocument();
    expect(screen.getByText('content')).toBeInTheDocument();
    expect(screen.getByText('bar')).toBeInTheDocument();
  });
});
