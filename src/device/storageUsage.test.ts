import { GB, MB, outOfBoxDevice } from './defaults';
import { storageUsage, SYSTEM_BYTES } from './storageUsage';
import { threadSummaries, threadMessages } from './threads';

describe('storageUsage', () => {
  it('adds installed apps, media and other storage per location', () => {
    const phone = outOfBoxDevice();
    phone.storage = {
      phoneCapacityBytes: 32 * GB,
      sdCapacityBytes: 64 * GB,
      sdOtherBytes: 2 * GB,
      phoneOtherBytes: 0,
    };
    phone.apps.push(
      {
        ...phone.apps[0]!,
        id: 'g',
        location: 'sd',
        sizeBytes: 100 * MB,
        appDataBytes: 10 * MB,
        builtIn: false,
      },
      { ...phone.apps[0]!, id: 'w', location: 'phone', sizeBytes: 50 * MB, installState: 'waiting-for-wifi' },
    );
    phone.media.push({ id: 'p', kind: 'photo', sizeBytes: 3 * MB, takenAt: 0, uploaded: false });
    const u = storageUsage(phone);
    expect(u.sd).toMatchObject({ apps: 110 * MB, other: 2 * GB, used: 2 * GB + 110 * MB });
    expect(u.phone).toMatchObject({ apps: 0, media: 3 * MB, system: SYSTEM_BYTES, other: 0 });
    expect(u.phone.free).toBe(32 * GB - 3 * MB - SYSTEM_BYTES);
  });

  it('has no SD card figures without a card', () => {
    expect(storageUsage(outOfBoxDevice()).sd).toBeNull();
  });
});

describe('threads', () => {
  const threads = [
    { id: 't1', number: '1', name: 'Ann' },
    { id: 't2', number: '2', name: 'Bob' },
  ];
  const msg = (id: string, threadId: string, at: number) => ({
    id,
    threadId,
    at,
    direction: 'in' as const,
    kind: 'sms' as const,
    body: id,
  });
  const messages = [msg('a', 't1', 1), msg('b', 't2', 5), msg('c', 't1', 3)];

  it('summarises threads, most recent first', () => {
    const s = threadSummaries(threads, messages);
    expect(s.map((t) => [t.thread.id, t.last?.id, t.count])).toEqual([
      ['t2', 'b', 1],
      ['t1', 'c', 2],
    ]);
  });

  it('lists a thread oldest first', () => {
    expect(threadMessages(messages, 't1').map((m) => m.id)).toEqual(['a', 'c']);
  });
});
