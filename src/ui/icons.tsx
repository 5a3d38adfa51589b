/** Line icons in the Metro style (flat, 2 px strokes). Always decorative: the control names itself. */
const paths = {
  back: 'M20 12H5m6-7-7 7 7 7',
  start: 'M3 5.5l7.5-1v7H3zm9-1.2L21 3v8.5h-9zM3 12.5h7.5v7L3 18.5zm9 0h9V21l-9-1.3z',
  search: 'M10 4a6 6 0 1 1 0 12 6 6 0 0 1 0-12zm4.5 10.5L20 20',
  add: 'M12 5v14M5 12h14',
  delete: 'M5 7h14M10 7V4h4v3m-7 0 1 13h8l1-13',
  check: 'M5 12.5l4.5 4.5L19 7',
  close: 'M6 6l12 12M18 6 6 18',
  edit: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  save: 'M5 4h11l3 3v13H5zM8 4v5h7V4M8 20v-6h8v6',
  sync: 'M19 8a8 8 0 0 0-14 1m0 7a8 8 0 0 0 14-1M19 3v5h-5M5 21v-5h5',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
  upload: 'M12 20V9m-5 5 5-5 5 5M5 4h14',
  phone: 'M6 3h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm-6 9a6 6 0 0 1 12 0M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14a6 6 0 0 1 3 6',
  messaging: 'M4 5h16v11H9l-5 4z',
  ie: 'M19 13H7.5a4.5 4.5 0 0 0 8.5 2M7.5 11H16a4.5 4.5 0 0 0-8.5-1M6 20c-3 0-2-5 2-10s10-8 12-6-1 7-3 9',
  email: 'M3 6h18v12H3zm0 0 9 7 9-7',
  store: 'M5 8h14l-1 12H6zm4 0a3 3 0 0 1 6 0',
  photos: 'M3 5h18v14H3zm0 11 5-5 4 4 3-3 6 6M16 9.5a1.5 1.5 0 1 0 0-.01',
  camera: 'M3 7h4l2-3h6l2 3h4v12H3zm9 3a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm0-6 1.5 2.6 3-.6.9 2.9 2.9.9-.6 3L22 12l-2.3 1.2.6 3-2.9.9-.9 2.9-3-.6L12 21l-1.5-2.6-3 .6-.9-2.9-2.9-.9.6-3L2 12l2.3-1.2-.6-3 2.9-.9.9-2.9 3 .6z',
  app: 'M5 5h6v6H5zm8 0h6v6h-6zM5 13h6v6H5zm8 0h6v6h-6z',
  chevron: 'M9 5l7 7-7 7',
} as const;

export type IconName = keyof typeof paths;

export function isIconName(name: string): name is IconName {
  return name in paths;
}

export function Icon({ name, size = 24, className }: { name: IconName; size?: number; className?: string }) {
  const filled = name === 'start';
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      className={className}
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth={2}
      strokeLinecap="square"
      strokeLinejoin="miter"
    >
      <path d={paths[name]} />
    </svg>
  );
}
