import { useId, type ReactNode } from 'react';

/** One section of the control panel: a region named by its heading. */
export function PanelSection({
  title,
  children,
  className = '',
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`panel-section ${className}`}>
      <h3 id={id} className="panel-heading">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** An error from a panel action, announced as it appears. */
export function PanelAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="panel-alert">
      {children}
    </p>
  );
}
