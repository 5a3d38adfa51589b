import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a screen that failed to load or threw: what happened, and a way back. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="emulator-layout">
      <div className="phone-frame">
        <div className="phone-screen">
          <main className="phone-main px-page pt-[13px]">
            <p className="m-0 text-wp-normal font-semibold">WINDOWS PHONE</p>
            <h1 className="m-0 text-wp-extra-large leading-tight font-light">something went wrong</h1>
            <p role="alert" className="m-0 mt-[12px] text-wp-medium">
              This screen couldn't be shown. Try again, or go back to start.
            </p>
            <p className="m-0 mt-[6px] text-wp-normal break-words text-subtle">{detail}</p>
            <p className="m-0 mt-[18px] flex gap-[18px]">
              <Link to="/start" reloadDocument className="text-wp-large font-light text-fg underline">
                go to start
              </Link>
            </p>
          </main>
        </div>
      </div>
    </div>
  );
}
