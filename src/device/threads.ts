import type { Message, Thread } from './schema';

interface ThreadSummary {
  thread: Thread;
  last: Message | null;
  count: number;
}

/** Threads with their latest message, the most recent conversation first (one pass over messages). */
export function threadSummaries(
  threads: ReadonlyArray<Thread>,
  messages: ReadonlyArray<Message>,
): ThreadSummary[] {
  const byThread = new Map<string, ThreadSummary>(
    threads.map((t) => [t.id, { thread: t, last: null, count: 0 }]),
  );
  for (const m of messages) {
    const s = byThread.get(m.threadId);
    if (!s) continue;
    s.count++;
    if (!s.last || m.at > s.last.at) s.last = m;
  }
  return [...byThread.values()].sort((a, b) => (b.last?.at ?? 0) - (a.last?.at ?? 0));
}

/** A thread's messages, oldest first. */
export function threadMessages(messages: ReadonlyArray<Message>, threadId: string): Message[] {
  return messages.filter((m) => m.threadId === threadId).sort((a, b) => a.at - b.at);
}
