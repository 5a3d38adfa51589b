import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

interface DialogAction {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}
interface MessageDialogProps {
  open: boolean;
  title?: string;
  text: ReactNode;
  /** Shown on the left, as on the phone. */
  positive: DialogAction;
  /** Shown on the right; Escape and the back key choose it. */
  negative?: DialogAction;
  /** Extra content between the text and the buttons. */
  children?: ReactNode;
}

/**
 * Windows Phone message box on a native modal <dialog> (focus stays inside; Escape = negative).
 * It spans the top of the phone screen, the rest of the page dimmed behind it.
 */
export function MessageDialog({ open, title, text, positive, negative, children }: MessageDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closingFromProp = useRef(false);
  const id = useId();
  const dismiss = negative ?? positive;
  const dismissRef = useRef(dismiss.onClick);
  useEffect(() => {
    dismissRef.current = dismiss.onClick;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      placeOverScreen(dialog);
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      closingFromProp.current = true;
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  // Unmounting while open must not leave the page inert.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') {
        closingFromProp.current = true;
        dialog.close();
      }
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={title ? `${id}-title` : `${id}-text`}
      aria-describedby={title ? `${id}-text` : undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        dismiss.onClick();
      }}
      onCancel={(e) => {
        e.preventDefault();
        dismiss.onClick();
      }}
      onClose={() => {
        // Closed by the browser (not by `open` turning false): report it as the negative choice.
        if (closingFromProp.current) closingFromProp.current = false;
        else dismissRef.current();
      }}
      className="wp-dialog fixed m-0 box-border max-h-none max-w-none border-0 bg-appbar p-0 font-wp text-fg"
    >
      <div className="px-page pt-[18px] pb-[18px]">
        {title ? (
          <h2 id={`${id}-title`} className="m-0 mb-[9px] text-wp-large leading-tight font-semibold">
            {title}
          </h2>
        ) : null}
        <div id={`${id}-text`} className="text-wp-medium leading-snug">
          {text}
        </div>
        {children}
        <div className="mt-[18px] grid grid-cols-2 gap-[12px]">
          <Button full onClick={positive.onClick} disabled={positive.disabled}>
            {positive.label}
          </Button>
          {negative ? (
            <Button full onClick={negative.onClick} disabled={negative.disabled}>
              {negative.label}
            </Button>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}

/**
 * The top layer is laid out against the viewport. The stylesheet anchors the box to the phone's
 * screen (controls.css), so it follows the page as it scrolls; a browser without CSS anchor
 * positioning gets the screen's place at the moment the box opens.
 */
function placeOverScreen(dialog: HTMLDialogElement) {
  if (typeof CSS !== 'undefined' && CSS.supports?.('anchor-name', '--phone-screen')) return;
  const screen = dialog.closest('.phone-screen') ?? document.querySelector('.phone-screen');
  if (!screen) return;
  const rect = screen.getBoundingClientRect();
  if (rect.width === 0) return;
  dialog.style.top = `${rect.top}px`;
  dialog.style.left = `${rect.left}px`;
  dialog.style.width = `${rect.width}px`;
}
