import { Link } from 'react-router';

/**
 * `Can't access your account?` under a Microsoft account sign-in (SPEC section 4b): a link to the
 * password reset, carrying the address typed so far. Underlined in the text colour: the accent
 * colours are not all readable as small text on the phone's background.
 */
export function CantAccessLink({ to, email, onClick }: { to: string; email: string; onClick?: () => void }) {
  return (
    <p className="m-0 py-[6px]">
      <Link
        to={to}
        state={{ email: email.trim() }}
        onClick={onClick}
        className="text-wp-normal text-fg underline underline-offset-2"
      >
        Can't access your account?
      </Link>
    </p>
  );
}

/** The address a `Can't access your account?` link carried (router state), or nothing. */
export function carriedEmail(state: unknown): string {
  const email = (state as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? email : '';
}
