import { useStorage } from '../../api/storage/getStorage';
import { formatBytes } from '../../lib/format';
import { Button } from '../../ui/Button';
import { CheckBox } from '../../ui/CheckBox';
import { IndeterminateProgress } from '../../ui/ProgressBar';

const ignore = () => undefined;

/** The greyed check box that only tells how much of the OneDrive is in use, as on the phone. */
export function OneDriveUse() {
  const storage = useStorage();
  if (storage.isPending) {
    return (
      <div className="py-[14px]">
        <IndeterminateProgress label="checking OneDrive" />
      </div>
    );
  }
  if (storage.isError) {
    return (
      <div className="py-[7px]">
        <p role="alert" className="m-0 mb-[9px] text-wp-normal leading-snug">
          We couldn't find out how much of your OneDrive is in use. {storage.error.message}
        </p>
        <Button onClick={() => void storage.refetch()}>try again</Button>
      </div>
    );
  }
  const { usedBytes, quotaBytes } = storage.data;
  return (
    <CheckBox
      label={`Using ${formatBytes(usedBytes)} / ${formatBytes(quotaBytes)} from OneDrive`}
      checked
      disabled
      onChange={ignore}
    />
  );
}
