import { useEffect, useId, useRef } from 'react';
import { WebButton } from './controls';

/** The phone's own warning (SPEC section 3), word for word. */
export const DELETE_WARNING =
  "If you delete this backup, you won't be able to restore it unless you back up again.";

/**
 * The website's question before a delete, on a native modal dialog (focus stays inside; Escape
 * is `cancel`). It is named by the phone's warning, and says which phone's backup it is.
 */
export function ConfirmDelete({
  phone,
  onDelete,
  onCancel,
}: {
  /** The backup asked about, e.g. `Lumia 920 (Lumia 920), backed up 11/23/2026 9:00 PM`; null: closed. */
  phone: string | null;
  onDelete: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const open = phone !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-warning`}
      aria-describedby={`${id}-which`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[400px] max-w-[90vw] border border-[#8a8886] bg-white p-[22px] font-sans text-[14px] text-[#1e1e1e] shadow-[0_10px_30px_rgb(0_0_0/0.35)] backdrop:bg-[rgb(0_0_0/0.4)]"
    >
      <p id={`${id}-warning`} className="m-0 mb-[8px] text-[16px] leading-snug">
        {DELETE_WARNING}
      </p>
      <p id={`${id}-which`} className="m-0 mb-[18px] text-[#605e5c]">
        {phone}
      </p>
      <div className="flex justify-end gap-[10px]">
        <WebButton primary onClick={onDelete}>
          delete
        </WebButton>
        <WebButton onClick={onCancel}>cancel</WebButton>
      </div>
    </dialog>
  );
}
