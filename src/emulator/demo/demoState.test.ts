import { demoFromUrl, demoStore, pauseDemo, resumeDemo, stopDemo } from './demoState';

describe('guided demo state', () => {
  beforeEach(() =>
    demoStore.setState({ phase: 'idle', caption: '', step: 0, total: 0, pace: 'watch', error: null }),
  );

  it('reads ?demo=restore and its pace from a URL', () => {
    expect(demoFromUrl('http://x/settings')).toBeNull();
    expect(demoFromUrl('http://x/settings?demo=other')).toBeNull();
    expect(demoFromUrl('http://x/?demo=restore')).toEqual({ pace: 'watch' });
    expect(demoFromUrl('http://x/?demo=restore&pace=fast')).toEqual({ pace: 'fast' });
    expect(demoFromUrl('http://x/?demo=restore&pace=500')).toEqual({ pace: 500 });
    expect(demoFromUrl('http://x/?demo=restore&pace=-3')).toEqual({ pace: 'watch' });
    expect(demoFromUrl('http://x/?demo=restore&pace=fast&website=1')).toEqual({
      pace: 'fast',
      website: true,
    });
    expect(demoFromUrl('http://x/?demo=restore&website=yes')).toEqual({ pace: 'watch' });
  });

  it('pauses and resumes only a running demo', () => {
    pauseDemo();
    expect(demoStore.getState().phase).toBe('idle');
    demoStore.setState({ phase: 'running' });
    pauseDemo();
    expect(demoStore.getState().phase).toBe('paused');
    resumeDemo();
    expect(demoStore.getState().phase).toBe('running');
  });

  it('stop asks the demo to stop and resolves once it has', async () => {
    await stopDemo(); // nothing running: resolves at once
    demoStore.setState({ phase: 'paused' });
    let stopped = false;
    const stopping = stopDemo().then(() => (stopped = true));
    expect(demoStore.getState().phase).toBe('stopping');
    await Promise.resolve();
    expect(stopped).toBe(false);
    demoStore.setState({ phase: 'stopped' }); // what the script does at its next checkpoint
    await stopping;
    expect(stopped).toBe(true);
  });
});
