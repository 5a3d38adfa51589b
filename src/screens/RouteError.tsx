import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';

/**
 * Shown in the phone instead of a screen that failed to load or threw: what happened, and two
 * ways on. The status bar, the keys and the control panel stay. `try again` loads this address
 * afresh (a screen's code that did not arrive is fetched again).
 */
export function ScreenError() {
  const error = useRouteError();
  const { pathname, search } = useLocation();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="px-page pt-[13px]">
      <p className="m-0 text-wp-normal font-semibold">WINDOWS PHONE</p>
      <h1 className="m-0 text-wp-extra-large leading-tight font-light">something went wrong</h1>
      <p role="alert" className="m-0 mt-[12px] text-wp-medium">
        This screen couldn't be shown. Try again, or go back to start.
      </p>
      <p className="m-0 mt-[6px] text-wp-normal break-words text-subtle">{detail}</p>
      <p className="m-0 mt-[18px] flex gap-[18px]">
        <Link
          to={`${pathname}${search}`}
          reloadDocument
          className="text-wp-large font-light text-fg underline"
        >
          try again
        </Link>
        <Link to="/start" reloadDocument className="text-wp-large font-light text-fg underline">
          go to start
        </Link>
      </p>
    </div>
  );
}

/** The same, on a bare phone, when the emulator's layout around the screens failed too. */
export function RouteError() {
  return (
    <div className="emulator-layout">
      <div className="phone-frame">
        <div className="phone-screen">
          <main className="phone-main">
            <ScreenError />
          </main>
        </div>
      </div>
    </div>
  );
}
