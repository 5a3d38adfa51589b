import { useId } from 'react';
import { useWebsiteStorage } from '../../api/storage/getStorage';
import { formatBytes } from '../../lib/format';

/** The account's OneDrive use, with the bar the site drew under it. */
export function StorageUse() {
  const storage = useWebsiteStorage();
  const id = useId();
  let text = 'Checking your storage…';
  let share = 0;
  if (storage.isError) text = "Your storage use isn't available right now.";
  if (storage.data) {
    const { usedBytes, quotaBytes } = storage.data;
    text = `Using ${formatBytes(usedBytes)} of ${formatBytes(quotaBytes)}`;
    share = quotaBytes > 0 ? Math.min(1, usedBytes / quotaBytes) : 0;
  }
  return (
    <section aria-labelledby={id} className="mt-[28px] max-w-[420px]">
      <h2 id={id} className="m-0 mb-[6px] text-[17px] font-semibold">
        Storage
      </h2>
      <p className="m-0 mb-[6px]">{text}</p>
      <div aria-hidden="true" className="h-[6px] bg-[#e1dfdd]">
        {/* At least a sliver, so a small use still shows. */}
        <div
          className="h-full bg-[#094ab2]"
          style={{ width: `${share > 0 ? Math.max(0.5, share * 100) : 0}%` }}
        />
      </div>
    </section>
  );
}
