import { useStore } from 'zustand';
import { notices } from '../lib/notices';

/** One-time notices (unreadable saved data, storage full…), each with a dismiss button. */
export function NoticeBanner() {
  const items = useStore(notices.store, (s) => s.items);
  if (items.length === 0) return null;
  return (
    <section aria-label="notices" className="fixed inset-x-0 bottom-[12px] z-50 px-[12px]">
      {items.map((n) => (
        <div
          key={n.id}
          role="alert"
          className="mx-auto mt-[8px] flex max-w-[760px] shadow-lg items-start gap-[12px] border-l-4 border-[#f0a30a] bg-[#2a2a2c] px-[14px] py-[10px] text-[14px] text-[#f2f2f2]"
        >
          <p className="m-0 flex-1">{n.text}</p>
          <button
            type="button"
            aria-label="dismiss"
            onClick={() => notices.dismiss(n.id)}
            className="cursor-pointer border border-[#bbb] bg-transparent px-[10px] py-[2px] text-[13px] text-[#f2f2f2]"
          >
            dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
