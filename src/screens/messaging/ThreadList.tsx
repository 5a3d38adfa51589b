import { useMemo } from 'react';
import { Link } from 'react-router';
import { usePhone } from '../../api/useDevice';
import { threadSummaries } from '../../device/threads';
import { formatDateTime } from '../../lib/format';
import { VirtualList } from '../../ui/VirtualList';

/** Conversations, the most recent first: name, last message, time. */
export function ThreadList() {
  const threads = usePhone((p) => p.threads);
  const messages = usePhone((p) => p.messages);
  const summaries = useMemo(() => threadSummaries(threads, messages), [threads, messages]);
  if (summaries.length === 0)
    return <p className="m-0 px-page text-wp-medium text-subtle">no conversations</p>;
  return (
    <VirtualList
      label="conversations"
      items={summaries}
      getKey={(s) => s.thread.id}
      estimateSize={72}
      renderItem={({ thread, last }) => (
        <Link
          to={`/messaging?thread=${encodeURIComponent(thread.id)}`}
          className="block px-page py-[6px] text-fg no-underline"
        >
          <span className="block truncate text-wp-large leading-tight font-light">
            {thread.name || thread.number}
          </span>{' '}
          <span className="block truncate text-wp-normal">
            {last ? last.body || (last.kind === 'mms' ? 'picture message' : '') : ''}
          </span>{' '}
          <span className="block text-wp-small text-subtle">{last ? formatDateTime(last.at) : ''}</span>
        </Link>
      )}
    />
  );
}
