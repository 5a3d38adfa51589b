import { useMemo } from 'react';
import { usePhone } from '../../api/useDevice';
import type { Thread } from '../../device/schema';
import { threadMessages } from '../../device/threads';
import { formatBytes, formatDateTime } from '../../lib/format';
import { VirtualList } from '../../ui/VirtualList';

/** One conversation, oldest first, opened at the newest message. */
export function Conversation({ thread }: { thread: Thread }) {
  const all = usePhone((p) => p.messages);
  const messages = useMemo(() => threadMessages(all, thread.id), [all, thread.id]);
  if (messages.length === 0) return <p className="m-0 px-page text-wp-medium text-subtle">no messages</p>;
  return (
    <VirtualList
      label={`messages with ${thread.name || thread.number}`}
      items={messages}
      getKey={(m) => m.id}
      estimateSize={64}
      startAtEnd
      renderItem={(m) => {
        const incoming = m.direction === 'in';
        return (
          <div className={`flex px-page py-[5px] ${incoming ? 'justify-start' : 'justify-end'}`}>
            <div
              className={`max-w-[80%] px-[9px] py-[6px] ${incoming ? 'bg-accent text-on-accent' : 'bg-fg/15 text-fg'}`}
            >
              <p className="m-0 text-wp-normal break-words whitespace-pre-wrap">{m.body}</p>
              {m.kind === 'mms' && m.attachmentBytes ? (
                <p className="m-0 text-wp-small">picture · {formatBytes(m.attachmentBytes)}</p>
              ) : null}
              <p className="m-0 mt-[2px] text-[11px]">
                <span className="sr-only">{incoming ? 'received' : 'sent'} </span>
                {formatDateTime(m.at)}
              </p>
            </div>
          </div>
        );
      }}
    />
  );
}
