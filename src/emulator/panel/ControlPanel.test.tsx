import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ControlPanel } from './ControlPanel';
import { laterSectionsStore } from './laterSections';

// The later sections' store without their imports, so the test decides how their loading ends.
vi.mock('./laterSections', async () => {
  const { createStore } = await import('zustand/vanilla');
  return { laterSectionsStore: createStore(() => ({ sections: null, failed: false })) };
});

// In a data router, as in the app (the panel reads the route's matches).
const renderPanel = () =>
  render(<RouterProvider router={createMemoryRouter([{ path: '*', element: <ControlPanel /> }])} />);

describe('ControlPanel', () => {
  it('holds the place of its later sections while they load', () => {
    laterSectionsStore.setState({ sections: null, failed: false });
    const { container } = renderPanel();
    expect(container.querySelector('.panel-clock-placeholder')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when its later sections cannot load; network and power stay', () => {
    laterSectionsStore.setState({ sections: null, failed: true });
    renderPanel();
    expect(screen.getByRole('alert')).toHaveTextContent(
      "The rest of the control panel couldn't load. Reload the page to try again.",
    );
    expect(screen.getByRole('radiogroup', { name: 'network' })).toBeInTheDocument();
  });

  it('shows the later sections once they have loaded', () => {
    const section = (title: string) => () => <h3>{title}</h3>;
    laterSectionsStore.setState({
      sections: {
        DemoSection: section('guided demo'),
        ClockControl: section('clock'),
        MoreSections: section('cloud'),
      },
      failed: false,
    });
    renderPanel();
    for (const name of ['guided demo', 'clock', 'cloud'])
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
  });
});
