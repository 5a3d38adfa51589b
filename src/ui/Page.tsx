import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

interface PageProps {
  app: string;
  title: string;
  children?: ReactNode;
  /** What stays at the bottom of the screen, below the content (the setup steps' buttons). */
  appBar?: ReactNode;
  /** Fill the screen exactly (for pages that scroll a virtual list of their own). */
  fill?: boolean;
}

/** A phone page: header, content two margins in from the edge, optional app bar. */
export function Page({ app, title, children, appBar, fill = false }: PageProps) {
  return (
    <div className={`flex flex-col ${fill ? 'h-full' : 'min-h-full'}`}>
      <PageHeader app={app} title={title} />
      <div className={fill ? 'flex min-h-0 flex-1 flex-col' : 'flex-1 px-page pb-6'}>{children}</div>
      {appBar}
    </div>
  );
}
