import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../ui/Page';
import { nextStep, rememberStep, type SetupEvent, type SetupStep } from '../../backup/setup/flow';

/**
 * A setup page: the Metro header (WINDOWS PHONE over the step's title), the step's content, and
 * its buttons along the bottom, where the phone's setup keeps `next`, `accept` and `skip`.
 */
export function SetupPage({
  title,
  children,
  buttons,
}: {
  title: string;
  children: ReactNode;
  buttons?: ReactNode;
}) {
  return (
    <Page
      app="Windows Phone"
      title={title}
      appBar={
        buttons ? (
          <div className="sticky bottom-0 z-10 mt-auto flex flex-none flex-wrap gap-[12px] bg-bg px-page pt-[9px] pb-[14px]">
            {buttons}
          </div>
        ) : undefined
      }
    >
      {children}
    </Page>
  );
}

/** A short lead paragraph in the phone's body text. */
export function Lead({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <p id={id} className="m-0 mb-[12px] text-wp-medium leading-snug">
      {children}
    </p>
  );
}

/** The sentence-case heading some setup pages carry above their text (`Keep your life in sync`). */
export function StepHeading({ children }: { children: ReactNode }) {
  return <h2 className="m-0 mb-[9px] text-wp-large leading-tight font-light">{children}</h2>;
}

/** An error or notice the user must read, announced as it appears. */
export function Alert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="m-0 my-[9px] border-l-4 border-accent pl-[9px] text-wp-medium leading-snug">
      {children}
    </p>
  );
}

/**
 * Moves setup on from step `from` by one of its events (the table in backup/setup/flow.ts),
 * remembering the new step first so that a reload resumes there.
 */
export function useGoOn<S extends SetupStep>(from: S) {
  const navigate = useNavigate();
  return (event: SetupEvent<S>, options?: { replace?: boolean }) => {
    const step = nextStep(from, event);
    rememberStep(step);
    void navigate(`/setup/${step}`, { replace: options?.replace ?? false });
  };
}
