import { act, render, screen } from '@testing-library/react';
import { environmentStore, setBatteryLevel, setNetwork, setPower } from '../device/environment';
import { StatusBar } from './StatusBar';

describe('StatusBar', () => {
  beforeEach(() => {
    environmentStore.setState({ network: 'wifi', power: 'plugged', batteryLevel: 82 });
  });

  it('names the network and the battery, with the charging mark', () => {
    render(<StatusBar />);
    expect(screen.getByRole('banner', { name: 'status bar' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Wi-Fi' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'battery 82%, charging' })).toBeInTheDocument();
    act(() => {
      setNetwork('cellular');
      setPower('battery');
      setBatteryLevel(40);
    });
    expect(screen.getByRole('img', { name: 'cellular' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'battery 40%' })).toBeInTheDocument();
    act(() => setNetwork('offline'));
    expect(screen.getByRole('img', { name: 'no network' })).toBeInTheDocument();
  });
});
