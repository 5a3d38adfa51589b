import { Link } from 'react-router';
import { WEBSITE_PATH } from '../../app/routes';
import { phonePath, useOnWebsite } from '../stages';
import { PanelSection } from './PanelSection';

/**
 * The phone or the account website where the phone stands (SPEC section 4b): one link each way.
 * Each keeps its place: the phone comes back at its last page, the website keeps its sign-in.
 */
export function WebsiteSwitch() {
  const website = useOnWebsite();
  return (
    <PanelSection title="account website">
      <p className="panel-subtle panel-note">
        {website
          ? 'OneDrive’s Device backups in a desktop browser, signed in on its own. The phone waits where it was.'
          : 'OneDrive’s Device backups page, as a PC shows it: it lists, and deletes, this account’s backups.'}
      </p>
      <div className="panel-row">
        {website ? (
          <Link to={phonePath()} className="panel-button no-underline">
            back to the phone
          </Link>
        ) : (
          <Link to={WEBSITE_PATH} className="panel-button no-underline">
            account website
          </Link>
        )}
      </div>
    </PanelSection>
  );
}
