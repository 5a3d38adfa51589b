import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { PanelAlert } from '../panel/PanelSection';
import { emulator, usePanelAction } from '../panel/usePanelAction';
import { demoActive, demoStore, type DemoStatus } from './demoState';

function progressText(s: DemoStatus): string {
  const of = s.total > 0 && s.step > 0 ? ` ${s.step} of ${s.total}` : '';
  switch (s.phase) {
    case 'running':
      return of ? `step${of}` : 'starting';
    case 'paused':
      return `paused at step${of}`;
    case 'stopping':
      return 'stopping after this step';
    case 'done':
      return 'finished';
    case 'stopped':
      return 'stopped';
    case 'failed':
      return 'failed';
    default:
      return '';
  }
}

/**
 * The guided demo: a button that starts it, then its caption (what the phone is doing, for the
 * audience; a role="status" region) with pause and stop. While it runs the caption stays in view:
 * at the top of the panel beside the phone, or along the bottom of a narrow screen.
 */
export function DemoSection() {
  const status = useStore(demoStore);
  const active = demoActive(status.phase);
  const { error, run } = usePanelAction();
  const id = useId();
  const [website, setWebsite] = useState(false);
  return (
    <section aria-labelledby={id} className={`panel-section panel-demo${active ? ' is-active' : ''}`}>
      <h3 id={id} className="panel-heading">
        guided demo
      </h3>
      {status.phase === 'idle' ? (
        <p className="panel-subtle panel-note">
          Backs up a used phone, resets it, sets it up again and restores it, with a caption for each step. It
          loads the used-phone scenario first.
        </p>
      ) : null}
      <div role="status" aria-label="demo caption" className="panel-caption">
        {status.phase === 'idle' ? null : (
          <>
            <span className="panel-caption-step">{progressText(status)}</span>
            <span className="panel-caption-text">{status.caption}</span>
          </>
        )}
      </div>
      <div className="panel-row">
        {active ? (
          <>
            <button
              type="button"
              className="panel-button"
              disabled={status.phase === 'stopping'}
              onClick={() => (status.phase === 'paused' ? emulator().resumeDemo() : emulator().pauseDemo())}
            >
              {status.phase === 'paused' ? 'resume' : 'pause'}
            </button>
            <button
              type="button"
              className="panel-button"
              disabled={status.phase === 'stopping'}
              onClick={() => void emulator().stopDemo()}
            >
              stop
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="panel-button panel-primary"
              onClick={() => void run(() => emulator().runDemo({ website }))}
            >
              guided demo
            </button>
            <label className="panel-label">
              <input
                type="checkbox"
                checked={website}
                onChange={(e) => setWebsite(e.currentTarget.checked)}
              />{' '}
              with the account website
            </label>
          </>
        )}
      </div>
      {error && !active && status.phase !== 'failed' ? <PanelAlert>{error}</PanelAlert> : null}
    </section>
  );
}
