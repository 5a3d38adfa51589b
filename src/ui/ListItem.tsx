import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface ListItemProps {
  /** Large lower-case title; the accessible name starts with it. */
  title: string;
  /** Subtle line under the title (e.g. `backup on`). */
  state?: ReactNode;
  /** Route to open; the item is then a link. */
  to?: string;
  /** Without `to`, the item is a button when it has onClick, else plain text. */
  onClick?: () => void;
  disabled?: boolean;
  /** Something beside the text (an icon, a swatch). */
  leading?: ReactNode;
  /** Extra content under the state line (a progress bar). */
  children?: ReactNode;
}

const itemClass = 'flex w-full items-start gap-[12px] py-[7px] text-left text-fg no-underline';

function Body({
  title,
  state,
  leading,
  children,
}: Pick<ListItemProps, 'title' | 'state' | 'leading' | 'children'>) {
  return (
    <>
      {leading}
      <span className="block min-w-0 flex-1">
        <span className="block truncate text-wp-large leading-[1.2] font-light">{title}</span>
        {state !== undefined && state !== null && state !== '' ? (
          <>
            {' '}
            <span className="block truncate text-wp-normal leading-snug text-subtle">{state}</span>
          </>
        ) : null}
        {children}
      </span>
    </>
  );
}

/** A Metro list entry: big title, subtle state line; a link, a button or plain text. */
export function ListItem({ title, state, to, onClick, disabled = false, leading, children }: ListItemProps) {
  const body = (
    <Body title={title} state={state} leading={leading}>
      {children}
    </Body>
  );
  if (to !== undefined && !disabled) {
    return (
      <Link to={to} className={`${itemClass} active:opacity-80`} onClick={onClick}>
        {body}
      </Link>
    );
  }
  if (onClick) {
    return (
      <button
        type="button"
        onClick={onClick}
        disabled={disabled}
        className={`${itemClass} cursor-pointer border-0 bg-transparent px-0 font-wp disabled:cursor-default`}
      >
        {body}
      </button>
    );
  }
  return <div className={itemClass}>{body}</div>;
}

/** A ListItem that is always a link. */
export function LinkItem(props: ListItemProps & { to: string }) {
  return <ListItem {...props} />;
}
