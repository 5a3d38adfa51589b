import { formatDateTime } from '../../lib/format';
import { PanelAlert, PanelSection } from './PanelSection';
import { useCloudRead } from './useCloud';

const CHANNELS = { email: 'email', call: 'call', text: 'text' } as const;

/**
 * The other devices of the account's owner (the email inbox, a phone that takes the call): the
 * identity codes the cloud sent, newest first. A text to the phone being set up never shows here.
 */
export function InboxSection() {
  const { data, error } = useCloudRead((index) => [...index.deliveries].sort((a, b) => b.at - a.at));
  return (
    <PanelSection title="inbox of the other devices">
      {error ? <PanelAlert>The inbox could not be read: {error}</PanelAlert> : null}
      {data === undefined ? null : data.length === 0 ? (
        <p className="panel-subtle">No codes yet. Codes sent by email or by a call arrive here.</p>
      ) : (
        <ol aria-label="inbox" className="panel-list panel-inbox" tabIndex={0}>
          {data.map((d, i) => (
            <li key={`${d.at}-${d.code}-${i}`} className="panel-inbox-item">
              <span className="panel-tag">{CHANNELS[d.channel]}</span>
              <span className="panel-inbox-to">to {d.to}</span>
              <span className="panel-code">{d.code}</span>
              <time className="panel-subtle" dateTime={new Date(d.at).toISOString()}>
                {formatDateTime(d.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </PanelSection>
  );
}
