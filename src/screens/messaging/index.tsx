import { useSearchParams } from 'react-router';
import { usePhone } from '../../api/useDevice';
import { Page } from '../../ui/Page';
import { Conversation } from './Conversation';
import { ThreadList } from './ThreadList';

/** MESSAGING: the conversations; `?thread=ID` opens one (so the back key returns to the list). */
export function Component() {
  const [params] = useSearchParams();
  const threadId = params.get('thread');
  const thread = usePhone((p) => (threadId ? p.threads.find((t) => t.id === threadId) : undefined));
  if (thread) {
    return (
      // As on the phone, a conversation has only the contact's name as a small upper-case header.
      <div className="flex h-full flex-col">
        <header className="px-page pt-[13px] pb-[9px]">
          <h1 className="m-0 text-wp-normal font-semibold tracking-wide uppercase">
            {thread.name || thread.number}
          </h1>
        </header>
        <Conversation thread={thread} />
      </div>
    );
  }
  return (
    <Page app="MESSAGING" title="threads" fill>
      <ThreadList />
    </Page>
  );
}
