import { useState } from 'react';
import { useWebsiteDeleteBackup } from '../../api/backups/deleteBackup';
import type { BackupSummary } from '../../api/schemas';
import { formatBytes, formatDateTime } from '../../lib/format';
import { ConfirmDelete } from './ConfirmDelete';
import { WebAlert, WebButton } from './controls';

const cell = 'border-b border-[#e1dfdd] px-[10px] py-[9px] text-left align-middle';
const head =
  'border-b-2 border-[#c8c6c4] px-[10px] py-[7px] text-left text-[13px] font-semibold text-[#605e5c]';

/**
 * One row per phone with a backup (phone name, model, date, size), each with `delete`, which
 * asks first with the phone's warning and deletes the whole backup, as the phone's settings
 * backup check box does.
 */
export function BackupTable({ backups }: { backups: BackupSummary[] }) {
  const [asking, setAsking] = useState<BackupSummary | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const remove = useWebsiteDeleteBackup();

  const confirm = () => {
    const backup = asking;
    setAsking(null);
    if (!backup) return;
    setDeleted(null);
    remove.mutate(backup.deviceId, { onSuccess: () => setDeleted(backup.phoneName) });
  };

  return (
    <>
      {backups.length === 0 ? (
        <p className="m-0 py-[10px]">There are no device backups on this account.</p>
      ) : (
        // A narrow window scrolls the table sideways rather than cutting `delete` off.
        <div className="overflow-x-auto">
          <table className="w-full max-w-[640px] border-collapse">
            <caption className="sr-only">Phones with a backup</caption>
            <thead>
              <tr>
                <th scope="col" className={head}>
                  Phone
                </th>
                <th scope="col" className={head}>
                  Model
                </th>
                <th scope="col" className={head}>
                  Backed up
                </th>
                <th scope="col" className={head}>
                  Size
                </th>
                <th scope="col" className={head}>
                  <span className="sr-only">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.deviceId}>
                  <th scope="row" className={`${cell} font-semibold`}>
                    {b.phoneName}
                  </th>
                  <td className={cell}>{b.model}</td>
                  <td className={cell}>{formatDateTime(b.createdAt)}</td>
                  <td className={cell}>{formatBytes(b.sizeBytes)}</td>
                  <td className={`${cell} text-right`}>
                    <WebButton onClick={() => setAsking(b)} disabled={remove.isPending}>
                      delete
                    </WebButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.isError ? (
        <WebAlert>The backup couldn't be deleted. Try again later.</WebAlert>
      ) : (
        <p role="status" className="m-0 my-[10px] min-h-[1lh]">
          {deleted ? `The backup of ${deleted} was deleted.` : null}
        </p>
      )}
      <ConfirmDelete
        phone={
          asking && `${asking.phoneName} (${asking.model}), backed up ${formatDateTime(asking.createdAt)}`
        }
        onDelete={confirm}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
