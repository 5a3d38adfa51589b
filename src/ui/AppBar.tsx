import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Icon, type IconName } from './icons';

export interface AppBarButton {
  /** Accessible name, and the label shown under the button when the bar is open. */
  label: string;
  icon: IconName;
  onClick: () => void;
  disabled?: boolean;
}
export interface AppBarMenuItem {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}
export interface AppBarProps {
  /** Up to four round buttons. */
  buttons?: ReadonlyArray<AppBarButton>;
  /** Up to five lower-case menu items, shown when `...` opens the bar. */
  menu?: ReadonlyArray<AppBarMenuItem>;
}

/** Windows Phone application bar: round buttons, `...` opens their labels and the menu. */
export function AppBar({ buttons = [], menu = [] }: AppBarProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const items = menu.slice(0, 5);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role=menuitem]:not([disabled])')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    moreRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]:not([disabled])') ?? [],
    );
    if (all.length === 0) return;
    e.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' ? (at + 1) % all.length : (at - 1 + all.length) % all.length;
    all[next]?.focus();
  };

  return (
    <div ref={rootRef} onKeyDown={onKeyDown} className="sticky bottom-0 z-10 mt-auto h-appbar flex-none">
      <div className="absolute inset-x-0 bottom-0 bg-appbar text-fg">
        <div className="relative flex min-h-appbar items-start justify-center gap-[24px] pt-[9px]">
          {buttons.slice(0, 4).map((b) => (
            <button
              key={b.label}
              type="button"
              aria-label={b.label}
              disabled={b.disabled}
              onClick={() => {
                setOpen(false);
                b.onClick();
              }}
              className="group flex w-[60px] cursor-pointer flex-col items-center border-0 bg-transparent p-0 font-wp text-fg disabled:cursor-default disabled:text-disabled"
            >
              <span className="grid h-round w-round place-items-center rounded-full border-2 border-current group-active:bg-fg group-active:text-appbar">
                <Icon name={b.icon} size={18} />
              </span>
              {open ? (
                <span aria-hidden="true" className="mt-[3px] mb-[6px] text-[11px] leading-tight">
                  {b.label.toLowerCase()}
                </span>
              ) : null}
            </button>
          ))}
          <button
            ref={moreRef}
            type="button"
            aria-label="more"
            aria-haspopup={items.length > 0 ? 'menu' : undefined}
            aria-expanded={open}
            aria-controls={open && items.length > 0 ? menuId : undefined}
            onClick={() => setOpen((o) => !o)}
            className="absolute top-0 right-0 flex h-[30px] w-[48px] cursor-pointer items-start justify-center border-0 bg-transparent pt-[6px] text-fg"
          >
            <svg aria-hidden="true" width="20" height="4" viewBox="0 0 20 4" fill="currentColor">
              <circle cx="3" cy="2" r="1.6" />
              <circle cx="10" cy="2" r="1.6" />
              <circle cx="17" cy="2" r="1.6" />
            </svg>
          </button>
        </div>
        {open && items.length > 0 ? (
          <ul
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label="more"
            className="m-0 list-none px-0 pt-[4px] pb-[12px]"
          >
            {items.map((item) => (
              <li key={item.label} role="none">
                <button
                  type="button"
                  role="menuitem"
                  disabled={item.disabled}
                  onClick={() => {
                    setOpen(false);
                    item.onClick();
                  }}
                  className="block w-full cursor-pointer border-0 bg-transparent px-page py-[7px] text-left font-wp text-wp-medium-large text-fg hover:bg-fg/10 focus-visible:bg-fg/10 disabled:cursor-default disabled:text-disabled"
                >
                  {item.label.toLowerCase()}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
