interface PageHeaderProps {
  /** The app's name, shown small and upper case (SETTINGS). */
  app: string;
  /** The page title, shown large and lower case (backup). */
  title: string;
}

/** Metro page header: small upper-case app title over a large light lower-case page title. */
export function PageHeader({ app, title }: PageHeaderProps) {
  return (
    <header className="px-page pt-[13px] pb-[9px]">
      <p className="m-0 text-wp-normal leading-tight font-semibold tracking-wide">{app.toUpperCase()}</p>
      <h1 className="m-0 -mr-page -ml-[2px] overflow-hidden text-wp-huge leading-[1.15] font-light tracking-[-0.02em] whitespace-nowrap">
        {title.toLowerCase()}
      </h1>
    </header>
  );
}
