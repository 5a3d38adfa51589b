import { useMemo } from 'react';
import { usePhone } from '../../api/useDevice';
import type { Call } from '../../device/schema';
import { formatDateTime, formatDuration } from '../../lib/format';
import { Icon } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { VirtualList } from '../../ui/VirtualList';

function callLine(call: Call): string {
  return call.direction === 'missed' ? 'missed' : `${call.direction}, ${formatDuration(call.durationSec)}`;
}

/** PHONE / history: every call, newest first. */
export function Component() {
  const calls = usePhone((p) => p.calls);
  const sorted = useMemo(() => [...calls].sort((a, b) => b.at - a.at), [calls]);
  return (
    <Page app="PHONE" title="history" fill>
      {sorted.length === 0 ? (
        <p className="m-0 px-page text-wp-medium text-subtle">no calls</p>
      ) : (
        <VirtualList
          label="call history"
          items={sorted}
          getKey={(c) => c.id}
          estimateSize={68}
          renderItem={(call) => (
            <div className="flex items-start gap-[10px] px-page py-[6px]">
              <span className="mt-[4px] flex-none text-subtle">
                <Icon name={call.direction === 'outgoing' ? 'upload' : 'download'} size={18} />
              </span>
              <div className="min-w-0 flex-1">
                <p className="m-0 truncate text-wp-large leading-tight font-light">
                  {call.name || call.number}
                </p>
                <p className="m-0 text-wp-normal">
                  {call.name ? `${call.number} · ` : ''}
                  {callLine(call)}
                </p>
                <p className="m-0 text-wp-small text-subtle">{formatDateTime(call.at)}</p>
              </div>
            </div>
          )}
        />
      )}
    </Page>
  );
}
