import { demoAccount } from '../../cloud/demoAccount';
import { PanelSection } from './PanelSection';

/** The Microsoft account every fresh cloud has, to sign in with in setup or email+accounts. */
export function DemoAccountInfo() {
  return (
    <PanelSection title="demo account">
      <dl className="panel-pairs">
        <dt>email</dt>
        <dd className="panel-mono">{demoAccount.email}</dd>
        <dt>password</dt>
        <dd className="panel-mono">{demoAccount.password}</dd>
      </dl>
      <p className="panel-subtle panel-note">
        Identity codes for it arrive in the inbox above (email and call).
      </p>
    </PanelSection>
  );
}
