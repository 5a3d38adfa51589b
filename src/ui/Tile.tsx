import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon, type IconName } from './icons';

type TileSize = 'small' | 'medium' | 'wide';

interface TileProps {
  /** The app's name: the tile's accessible name and its label (medium and wide tiles). */
  title: string;
  size: TileSize;
  icon?: IconName;
  /** Background; the accent colour by default. */
  color?: string;
  to?: string;
  onClick?: () => void;
  /** An app that is not installed yet: a grey tile with its state (and download progress). */
  placeholder?: { state: string; progress?: number };
}

/** A Start screen tile. Place it in a `.start-grid` inside a `.start-grid-container`. */
export function Tile({ title, size, icon = 'app', color, to, onClick, placeholder }: TileProps) {
  const className = `tile-${size} relative box-border block overflow-hidden border-0 p-0 text-left font-wp no-underline ${
    placeholder ? 'bg-placeholder-tile text-fg' : 'bg-accent text-on-accent'
  } cursor-pointer`;
  const style = color && !placeholder ? { background: color } : undefined;
  const body: ReactNode = (
    <>
      <span
        className={`absolute inset-0 grid ${size === 'small' && placeholder ? 'place-items-start p-[6px]' : 'place-items-center'}`}
      >
        <Icon name={placeholder ? 'download' : icon} size={size !== 'small' ? 40 : placeholder ? 18 : 26} />
      </span>
      {size === 'small' && !placeholder ? (
        <span className="sr-only">{title}</span>
      ) : (
        <span className="absolute right-[6px] bottom-[4px] left-[6px] block">
          <span
            className={`block truncate leading-tight ${size === 'small' ? 'text-[10px]' : 'text-[12px]'}`}
          >
            {title}
          </span>
          {placeholder ? ' ' : null}
          {placeholder ? (
            <span
              className={`block truncate leading-tight ${size === 'small' ? 'text-[9px]' : 'text-[11px]'}`}
            >
              {placeholder.state}
            </span>
          ) : null}
          {placeholder?.progress !== undefined ? (
            <span aria-hidden="true" className="mt-[2px] block h-[3px] bg-fg/25">
              <span className="block h-full bg-accent" style={{ width: `${placeholder.progress}%` }} />
            </span>
          ) : null}
        </span>
      )}
    </>
  );
  if (to !== undefined) {
    return (
      <Link to={to} className={className} style={style}>
        {body}
      </Link>
    );
  }
  return (
    <button type="button" onClick={onClick} className={className} style={style}>
      {body}
    </button>
  );
}
