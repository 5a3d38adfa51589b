import { Link } from 'react-router';
import { Page } from '../../ui/Page';

export function Component() {
  return (
    <Page app="WINDOWS PHONE" title="page not found">
      <p className="m-0 py-[7px] text-wp-medium">There's nothing at this address.</p>
      <Link to="/start" className="text-wp-large font-light text-fg underline">
        go to start
      </Link>
    </Page>
  );
}
