import { Link } from 'react-router';
import { buttonClass } from '../../ui/Button';
import { SIGN_IN_PATH } from './labels';

/** Shown by every backup page while the phone has no Microsoft account: backups live in it. */
export function SignInFirst() {
  return (
    <div className="py-[7px]">
      <p className="m-0 mb-[12px] text-wp-medium leading-snug">
        Sign in with a Microsoft account to back up your phone.
      </p>
      <Link to={SIGN_IN_PATH} className={buttonClass}>
        sign in
      </Link>
    </div>
  );
}
