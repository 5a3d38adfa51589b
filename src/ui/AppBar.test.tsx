import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppBar } from './AppBar';

function setup() {
  const onDelete = vi.fn();
  const onRefresh = vi.fn();
  const outerKeys = vi.fn();
  render(
    <div onKeyDown={(e) => outerKeys(e.key)}>
      <AppBar
        buttons={[{ label: 'delete', icon: 'delete', onClick: onDelete }]}
        menu={[
          { label: 'Refresh', onClick: onRefresh },
          { label: 'about', onClick: () => {} },
        ]}
      />
    </div>,
  );
  return { onDelete, onRefresh, outerKeys };
}

describe('AppBar', () => {
  it('has round buttons named by aria-label and a "more" button', async () => {
    const { onDelete } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'delete' }));
    expect(onDelete).toHaveBeenCalled();
    const more = screen.getByRole('button', { name: 'more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens a menu of lower-case items; choosing one closes it', async () => {
    const { onRefresh } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    expect(screen.getByRole('button', { name: 'more' })).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu');
    expect(menu).toBeInTheDocument();
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['refresh', 'about']);
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await userEvent.click(screen.getByRole('menuitem', { name: 'refresh' }));
    expect(onRefresh).toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on Escape without letting Escape reach the page', async () => {
    const { outerKeys } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(outerKeys).not.toHaveBeenCalledWith('Escape');
    expect(screen.getByRole('button', { name: 'more' })).toHaveFocus();
  });

  it('shows at most five menu items', async () => {
    render(<AppBar menu={['a', 'b', 'c', 'd', 'e', 'f'].map((label) => ({ label, onClick: () => {} }))} />);
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    expect(screen.getAllByRole('menuitem')).toHaveLength(5);
  });
});
